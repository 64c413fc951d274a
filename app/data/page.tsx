import type { Metadata } from "next";
import Link from "next/link";
import { ApiSampleBlock } from "@/components/api-sample-block";
import { CodeBlock } from "@/components/code-block";
import { API_ALLOW } from "@/lib/api/http";
import { API_BASE, DATA_PAGE_PATH, formatApiConflictsPath, formatOpenApiPath } from "@/lib/api/paths";
import { formatConflictListResult } from "@/lib/api/results";
import { formatApiSamples, formatProblemSample } from "@/lib/api/samples";
import { getApiConflictsView } from "@/lib/content";
import { getLicense } from "@/lib/licenses";
import { buildMetadata } from "@/lib/publish/metadata";
import { formatConflictPath } from "@/lib/routes";
import { formatAbsoluteUrl, SITE_NAME } from "@/lib/site";

export const metadata: Metadata = buildMetadata({
  title: `Open data: the API and downloads · ${SITE_NAME}`,
  description: "Every published briefing as JSON, NDJSON and CSV: no key, no sign-up, under each conflict's open license.",
  path: DATA_PAGE_PATH,
});

const h2 = "mt-10 font-serif text-2xl font-semibold";

/** What Daybook publishes as data, under which license, and how to fetch it, with real answers. */
export default function DataPage() {
  const view = getApiConflictsView();
  const samples = formatApiSamples(view);
  const problem = formatProblemSample(view);
  const listUrl = formatAbsoluteUrl(formatApiConflictsPath());
  const { etag } = formatConflictListResult(view);
  return (
    // Addresses and header names are long words: let them break anywhere rather than widen a 320 px screen.
    <article className="[overflow-wrap:anywhere]">
      <h1 className="font-serif text-3xl font-bold">Open data</h1>
      <p className="mt-4 text-lg">
        Every briefing {SITE_NAME} publishes is also published as data: the same text, sources, places and corrections as the pages, as JSON
        for each conflict and day, and as whole-conflict downloads in NDJSON and CSV. No key, no sign-up.
      </p>

      <h2 className={h2}>What is published</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>Every conflict: its name, start, summary and license, and the index of its days.</li>
        <li>
          Every published day: sections with each item as plain text and as sanitized HTML, sources, places, topics, corrections, and when
          it was published and last changed.
        </li>
        <li>Drafts never appear. A change an editor publishes reaches the data as it reaches the pages, within a minute.</li>
      </ul>

      <h2 className={h2}>License</h2>
      <p className="mt-2">
        Each conflict states its license (every response names it too). Reuse must follow its terms; credit {SITE_NAME} and link to the
        page.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="licenses">
        {view.conflicts.map(({ conflict }) => {
          const license = getLicense(conflict.license);
          return (
            <li key={conflict.slug}>
              <Link href={formatConflictPath(conflict.slug)} className="underline">
                {conflict.name}
              </Link>
              :{" "}
              <a href={license.url} rel="license noopener noreferrer" className="underline">
                {license.name}
              </a>{" "}
              ({license.id})
            </li>
          );
        })}
      </ul>

      <h2 className={h2}>Endpoints</h2>
      <p className="mt-2">
        All under <code className="font-mono text-sm">{formatAbsoluteUrl(API_BASE)}</code>, described by{" "}
        <a href={formatOpenApiPath()} className="underline">
          an OpenAPI 3.1 document
        </a>{" "}
        generated from the schemas the server uses. Each example below is a real command, and under it what the API answered when this page
        was made.
      </p>
      {samples.map((sample) => (
        <ApiSampleBlock key={sample.endpoint.operationId} sample={sample} />
      ))}

      <h2 className={h2}>Caching, errors and versions</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          Every response carries an <code>ETag</code>. Send it back in <code>If-None-Match</code> and an unchanged resource answers 304 with
          no body. Responses may be cached for 15 seconds, like the pages.
        </li>
        <li>
          Browsers may read the API from any site: <code>Access-Control-Allow-Origin: *</code>.
        </li>
        <li>
          The API is read-only: {API_ALLOW}. Any other method answers 405 with an <code>Allow</code> header.
        </li>
        <li>
          An unknown conflict or day, or a date that is not <code>YYYY-MM-DD</code>, answers 404 with a problem report (RFC 9457,{" "}
          <code>application/problem+json</code>).
        </li>
        <li>
          Version 1 only grows: fields may be added (places gain coordinates, items the sources they cite), none is renamed or removed. A
          change that would break a reader would be a new version, <code>/api/v2/</code>.
        </li>
        <li>
          In JSON, <code>&lt;</code>, <code>&gt;</code> and <code>&amp;</code> are written <code>\u003c</code>, <code>\u003e</code> and{" "}
          <code>\u0026</code>; every JSON parser reads them back as the characters.
        </li>
        <li>
          In the CSV, a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) starts
          with a single quote.
        </li>
      </ul>
      <CodeBlock label="Example: a conditional request">{`curl -s -o /dev/null -w '%{http_code}\\n' -H 'If-None-Match: ${etag}' '${listUrl}'\n304`}</CodeBlock>
      {problem ? <CodeBlock label="Example: a 404 problem report">{`curl -s '${problem.url}'\n${problem.body}`}</CodeBlock> : null}
    </article>
  );
}
