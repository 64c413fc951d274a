import { formatDateTimeUtc, formatLongDate } from "@/lib/dates";
import type { Briefing } from "@/lib/content";

function CorrectionDate({ date }: { date: string }) {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(date);
  return <time dateTime={date}>{isDay ? formatLongDate(date) : formatDateTimeUtc(date)}</time>;
}

/** A visible notice of every correction made to the briefing, oldest first (`#corrections`: a corrected figure links here). */
export function CorrectionsNotice({ corrections }: { corrections: Briefing["corrections"] }) {
  if (corrections.length === 0) return null;
  return (
    <aside
      id="corrections"
      aria-labelledby="corrections-heading"
      className="mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-neutral-900 dark:border-amber-400 dark:bg-amber-950 dark:text-neutral-100"
    >
      <h2 id="corrections-heading" className="font-semibold">
        {corrections.length === 1 ? "Correction" : "Corrections"}
      </h2>
      <ul className="mt-1 space-y-1">
        {corrections.map((correction, index) => (
          <li key={index}>
            <CorrectionDate date={correction.date} />: {correction.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
