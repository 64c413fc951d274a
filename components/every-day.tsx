import { formatDayMonth } from "@/lib/dates";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/schema";

/**
 * Every day of a conflict, newest first, grouped by year: one short link per day.
 * After years of war this is thousands of links, so each is as small as it can be;
 * headlines are on the day and month pages.
 */
export function EveryDay({ briefings }: { briefings: Briefing[] }) {
  const years = [...new Set(briefings.map((b) => b.date.slice(0, 4)))];
  return (
    <>
      {years.map((year) => (
        <section key={year} aria-labelledby={`days-${year}`} className="mt-4">
          <h3 id={`days-${year}`} className="text-lg font-semibold">{year}</h3>
          <ol className="mt-1 columns-2 gap-6 text-sm sm:columns-3 [&_a]:block [&_a]:py-1 [&_a:hover]:underline">
            {briefings.filter((b) => b.date.startsWith(year)).map((briefing) => (
              <li key={briefing.date}>
                <a href={formatDayPath(briefing.conflict, briefing.date)}>
                  Day {briefing.day} · <time dateTime={briefing.date}>{formatDayMonth(briefing.date)}</time>
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
