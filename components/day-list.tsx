import { formatShortDate } from "@/lib/dates";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/content";

/**
 * A compact list of days, newest first. A conflict page lists every day (5,000
 * after 14 years), so each entry is one plain link styled from the list: no
 * per-item classes and no client-side Link component, which would add to every row.
 */
export function DayList({ briefings }: { briefings: readonly Briefing[] }) {
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800 [&_a]:block [&_a]:py-3 [&_a:hover_b]:underline [&_b]:block [&_b]:font-medium [&_span]:block [&_span]:text-sm [&_span]:text-neutral-600 dark:[&_span]:text-neutral-400">
      {briefings.map((briefing) => (
        <li key={briefing.date}>
          <a href={formatDayPath(briefing.conflict, briefing.date)}>
            <span>
              Day {briefing.day} · <time dateTime={briefing.date}>{formatShortDate(briefing.date)}</time>
            </span>
            <b>{briefing.title ?? briefing.summary}</b>
          </a>
        </li>
      ))}
    </ol>
  );
}
