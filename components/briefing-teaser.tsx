import Link from "next/link";
import { DateText } from "@/components/date-text";
import { formatDayPath } from "@/lib/routes";
import type { Briefing } from "@/lib/content";

/** A briefing in a list: day number, date, headline and summary, linking to the day. */
export function BriefingTeaser({ briefing, headingLevel = 3 }: { briefing: Briefing; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="py-4">
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        Day {briefing.day} · <DateText date={briefing.date} />
      </p>
      <Heading className="mt-1 font-serif text-xl leading-snug font-semibold">
        <Link href={formatDayPath(briefing.conflict, briefing.date)} className="underline-offset-4 hover:underline">
          {briefing.title ?? `Day ${briefing.day}`}
        </Link>
      </Heading>
      <p className="mt-1 text-neutral-700 dark:text-neutral-300">{briefing.summary}</p>
    </article>
  );
}
