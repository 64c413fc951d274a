import type { Metadata } from "next";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import { SearchForm } from "@/components/search-form";
import { SearchNotice } from "@/components/search-notice";
import { getSearchView } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { parseSearchParams } from "@/lib/search/search-params";
import { SITE_NAME } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams, []);
  return {
    title: { absolute: q ? `Search: ${q} · ${SITE_NAME}` : `Search · ${SITE_NAME}` },
    description: "Search every daily briefing by word, conflict, section and date.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { conflicts, query, total, results, refused } = await getSearchView(await searchParams);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <SearchForm query={query} conflicts={conflicts} />
      <section aria-labelledby="results-heading" aria-live="polite" className="mt-10">
        {!query.q ? (
          <>
            <h2 id="results-heading" className="font-serif text-2xl font-semibold">
              Search every briefing
            </h2>
            <p className="mt-2 text-neutral-700 dark:text-neutral-300">
              Type a place, a person or an event. Case, accents and small typos do not matter: &ldquo;pokrovk&rdquo; finds Pokrovsk.
            </p>
          </>
        ) : refused ? (
          <SearchNotice reason={refused} />
        ) : total === 0 ? (
          <>
            <h2 id="results-heading" className="font-serif text-2xl font-semibold">
              No briefing matches &ldquo;{query.q}&rdquo;
            </h2>
            <ul className="mt-2 list-disc pl-5 text-neutral-700 dark:text-neutral-300">
              <li>Try fewer or more general words.</li>
              {query.conflict || query.section || query.from || query.to ? (
                <li>
                  <Link className="underline" href={`/search?q=${encodeURIComponent(query.q)}`}>
                    Search again without filters
                  </Link>
                  .
                </li>
              ) : null}
            </ul>
          </>
        ) : (
          <>
            <h2 id="results-heading" className="font-serif text-2xl font-semibold">
              {formatCount(total, "result")} for &ldquo;{query.q}&rdquo;{total > results.length ? `, best ${results.length} shown` : ""}
            </h2>
            <ol className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800" data-testid="search-results">
              {results.map((result) => (
                <li key={result.href + result.snippetHtml} className="py-4">
                  <p className="text-sm text-neutral-600 dark:text-neutral-400">
                    {result.conflictName} · Day {result.day} · <DateText date={result.date} /> · {result.sectionHeading}
                  </p>
                  <p className="mt-1">
                    {/* A plain link: fifty client-side Links would each be serialized into the page's data, on the main thread. */}
                    <a
                      href={result.href}
                      className="underline-offset-4 hover:underline [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-neutral-950"
                      dangerouslySetInnerHTML={{ __html: result.snippetHtml }}
                    />
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
