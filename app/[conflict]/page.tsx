import type { Metadata } from "next";
import { BriefingTeaser } from "@/components/briefing-teaser";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { DateText } from "@/components/date-text";
import { EveryDay } from "@/components/every-day";
import { JsonLd } from "@/components/json-ld";
import { LicenseNote } from "@/components/license-note";
import { MissingPage } from "@/components/missing-page";
import { MonthLinks } from "@/components/month-links";
import { getConflictParams, getConflictView } from "@/lib/content";
import { formatApiConflictPath } from "@/lib/api/paths";
import { formatCount } from "@/lib/format";
import { buildBreadcrumbs } from "@/lib/publish/json-ld";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatConflictPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string }> };

export const generateStaticParams = getConflictParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = getConflictView((await params).conflict);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict } = view;
  return buildMetadata({
    title: `${conflict.name}: every day of the war · ${SITE_NAME}`,
    description: conflict.summary ?? `Daily briefings on the ${conflict.name}.`,
    path: formatConflictPath(conflict.slug),
    conflict,
    changesFeed: true,
  });
}

export default async function ConflictPage({ params }: Props) {
  const view = getConflictView((await params).conflict);
  if (!view) return <MissingPage />;
  const { conflict, briefings, recent, months } = view;
  const earlier = briefings.length - recent.length;
  const [latest] = briefings;
  return (
    <>
      <JsonLd data={buildBreadcrumbs(conflict)} />
      <header>
        <ConflictTitle conflict={conflict} />
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          Day 1: <DateText date={conflict.start} />
          {latest ? <> · {formatCount(briefings.length, "daily briefing")}</> : null}
        </p>
        {conflict.summary ? <p className="mt-4 text-lg">{conflict.summary}</p> : null}
        <ConflictNav slug={conflict.slug} current="days" />
      </header>
      {conflict.aboutHtml ? (
        <section aria-labelledby="about-heading" className="mt-8">
          <h2 id="about-heading" className="font-serif text-2xl font-semibold">
            About
          </h2>
          <div className="prose mt-2 max-w-none prose-neutral dark:prose-invert" dangerouslySetInnerHTML={{ __html: conflict.aboutHtml }} />
        </section>
      ) : null}
      {latest ? (
        <section aria-labelledby="latest-heading" className="mt-8">
          <h2 id="latest-heading" className="font-serif text-2xl font-semibold">
            Latest briefing
          </h2>
          <BriefingTeaser briefing={latest} />
        </section>
      ) : null}
      <section aria-labelledby="days-heading" className="mt-8">
        <h2 id="days-heading" className="font-serif text-2xl font-semibold">
          {earlier > 0 ? "The last twelve months, day by day" : "Every day"}
        </h2>
        {briefings.length > 0 ? <EveryDay briefings={recent} /> : <p className="mt-2">No briefings have been published yet.</p>}
      </section>
      {months.length > 1 || earlier > 0 ? (
        <section aria-labelledby="months-heading" className="mt-8">
          <h2 id="months-heading" className="font-serif text-2xl font-semibold">
            Every month
          </h2>
          {earlier > 0 ? (
            <p className="mt-2 text-neutral-700 dark:text-neutral-300">
              {formatCount(earlier, "earlier day")}: each month&rsquo;s page lists its days with their headlines.
            </p>
          ) : null}
          <MonthLinks slug={conflict.slug} months={months} />
        </section>
      ) : null}
      <LicenseNote license={conflict.license} json={{ href: formatApiConflictPath(conflict.slug), label: "Every day as JSON" }} />
    </>
  );
}
