import Link from "next/link";
import { DateText } from "@/components/date-text";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/content";

function PagerLink({ briefing, rel, label }: { briefing: Briefing; rel: "prev" | "next"; label: string }) {
  return (
    <Link
      href={formatDayPath(briefing.conflict, briefing.date)}
      rel={rel}
      aria-keyshortcuts={rel === "prev" ? "ArrowLeft" : "ArrowRight"}
      className="block rounded-lg border border-neutral-200 p-3 hover:border-neutral-400 dark:border-neutral-800 dark:hover:border-neutral-600"
    >
      <span className="block text-sm text-neutral-600 dark:text-neutral-400">{label}</span>
      <span className="block font-medium">
        Day {briefing.day} · <DateText date={briefing.date} short />
      </span>
    </Link>
  );
}

/**
 * Links to the previous and next days that have a briefing, also reachable with ← and →: the
 * page script (components/page-script.tsx) follows the link whose aria-keyshortcuts names the key.
 */
export function DayPager({ previous, next }: { previous?: Briefing; next?: Briefing }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next day" className="mt-10 grid grid-cols-1 gap-3 sm:grid-cols-2 print:hidden">
      <div>{previous ? <PagerLink briefing={previous} rel="prev" label="← Previous day" /> : null}</div>
      <div className="sm:text-right">{next ? <PagerLink briefing={next} rel="next" label="Next day →" /> : null}</div>
      <p className="text-xs text-neutral-600 sm:col-span-2 dark:text-neutral-400">Tip: the ← and → keys move between days.</p>
    </nav>
  );
}
