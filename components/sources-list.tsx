import type { Briefing } from "@/lib/content";

/**
 * The day's sources as a numbered list, in the order lib/content numbered them
 * (first citation first): each name links to its report, shows the report's
 * domain, and links back to every item that cites it. The numbers are those of
 * the superscript links in the items (`#source-N`).
 */
export function SourcesList({ sources }: { sources: Briefing["sources"] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="font-semibold">
        Sources
      </h2>
      <ol className="mt-1 list-decimal space-y-1 pl-6">
        {sources.map((source) => (
          <li key={source.anchor} id={source.anchor} className="scroll-mt-4 target:font-semibold">
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" className="underline">
                {source.name}
              </a>
            ) : (
              source.name
            )}
            {source.domain ? <span className="text-neutral-600 dark:text-neutral-400"> ({source.domain})</span> : null}
            {source.citedBy.map((back) => (
              <span key={back.href} className="print:hidden">
                {" "}
                <a href={back.href} className="ml-1 whitespace-nowrap underline underline-offset-2">
                  <span aria-hidden="true">↑ </span>
                  <span className="sr-only">Back to </span>
                  {back.label}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
