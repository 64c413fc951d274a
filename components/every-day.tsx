import { formatDayMonth } from "@/lib/dates";
import { escapeHtml } from "@/lib/html";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/content";

/** One year's links as HTML: plain markup needs no React elements (see below). */
function formatYearLinks(briefings: readonly Briefing[]): string {
  return briefings
    .map(
      (b) =>
        `<li><a href="${escapeHtml(formatDayPath(b.conflict, b.date))}">Day ${b.day} · <time dateTime="${b.date}">${escapeHtml(formatDayMonth(b.date))}</time></a></li>`,
    )
    .join("");
}

/**
 * Every day of a conflict, newest first, grouped by year: one short link per day.
 * After years of war this is thousands of links, so each is as small as it can be
 * (headlines are on the day and month pages), earlier years are folded, and each
 * year's list goes to the page as one string of HTML: as React elements, every link
 * would also be sent a second time in the page's data and hydrated one by one on
 * the reader's phone.
 */
export function EveryDay({ briefings }: { briefings: readonly Briefing[] }) {
  const years = [...new Set(briefings.map((b) => b.date.slice(0, 4)))];
  return (
    <>
      {years.map((year, index) => {
        const days = briefings.filter((b) => b.date.startsWith(year));
        return (
          // The newest year is open; earlier ones open on demand, so a phone lays out one year, not fifteen.
          <details key={year} open={index === 0} className="mt-4">
            <summary className="cursor-pointer">
              <h3 className="inline text-lg font-semibold">{year}</h3>{" "}
              <span className="text-sm text-neutral-600 dark:text-neutral-400">
                {days.length} day{days.length === 1 ? "" : "s"}
              </span>
            </summary>
            <ol
              className="mt-1 columns-2 gap-6 text-sm sm:columns-3 [&_a]:block [&_a]:py-1 [&_a:hover]:underline"
              dangerouslySetInnerHTML={{ __html: formatYearLinks(days) }}
            />
          </details>
        );
      })}
    </>
  );
}
