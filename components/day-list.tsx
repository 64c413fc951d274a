import Link from "next/link";
import { DateText } from "@/components/date-text";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/schema";

/** A compact list of days, newest first, each linking to its page. */
export function DayList({ briefings }: { briefings: Briefing[] }) {
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {briefings.map((briefing) => (
        <li key={briefing.date} className="py-3">
          <Link href={formatDayPath(briefing.conflict, briefing.date)} className="group block">
            <span className="block text-sm text-neutral-600 dark:text-neutral-400">
              Day {briefing.day} · <DateText date={briefing.date} />
            </span>
            <span className="block font-medium underline-offset-4 group-hover:underline">
              {briefing.title ?? briefing.summary}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
