import Link from "next/link";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/content";

/** "This day in earlier years of the war": the same calendar day in each earlier year that has a briefing. */
export function EarlierYears({ briefings }: { briefings: readonly Briefing[] }) {
  if (briefings.length === 0) return null;
  return (
    <section aria-labelledby="earlier-years-heading" className="print:hidden">
      <h2 id="earlier-years-heading" className="text-sm font-semibold">
        This day in earlier years of the war
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {briefings.map((briefing) => (
          <li key={briefing.date}>
            <Link href={formatDayPath(briefing.conflict, briefing.date)} className="underline">
              {briefing.date.slice(0, 4)} · day {briefing.day}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
