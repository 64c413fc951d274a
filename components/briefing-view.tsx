import { ConflictTitle } from "@/components/conflict-title";
import { DateText } from "@/components/date-text";
import { CorrectionsNotice } from "@/components/corrections-notice";
import { DayMap } from "@/components/day-map";
import { DayPager } from "@/components/day-pager";
import { DraftBanner } from "@/components/draft-banner";
import { ScheduledBanner } from "@/components/scheduled-banner";
import { EarlierYears } from "@/components/earlier-years";
import { HistoryLink } from "@/components/history-link";
import { JumpToDate } from "@/components/jump-to-date";
import { KeyFigures } from "@/components/key-figures";
import { SourcesList } from "@/components/sources-list";
import { TagLinks } from "@/components/tag-links";
import { formatDateTimeUtc, formatLongDate } from "@/lib/dates";
import type { DayView } from "@/lib/content";

const prose = "prose prose-neutral max-w-none dark:prose-invert prose-a:underline-offset-4";

/**
 * One day's briefing. Item and lede HTML comes from lib/markdown, whose renderer
 * escapes raw HTML and drops unsafe URLs, so it is safe to insert; it already
 * holds the numbered citation links (`#source-N`), and each item carries the
 * anchor (`battlefield-2`) that the sources list links back to. The key figures
 * follow the sections, in the order their citations are numbered.
 */
export function BriefingView({ view }: { view: DayView }) {
  const { conflict, briefing, previous, next, earlier, latestDate, revisions, figures, map, scheduledFor } = view;
  return (
    <article>
      {briefing.draft ? <DraftBanner /> : null}
      {scheduledFor ? <ScheduledBanner publishAt={scheduledFor} /> : null}
      <header>
        <ConflictTitle conflict={conflict} suffix={`Day ${briefing.day}`} separator="," accent />
        <p className="mt-2 text-lg text-neutral-700 dark:text-neutral-300">
          <DateText date={briefing.date} />
        </p>
        {briefing.title ? (
          <p className="mt-6 font-serif text-2xl leading-snug font-semibold" data-testid="headline">
            {briefing.title}
          </p>
        ) : null}
        <p className="mt-3 text-lg font-medium text-neutral-800 dark:text-neutral-200" data-testid="summary">
          {briefing.summary}
        </p>
        <CorrectionsNotice corrections={briefing.corrections} />
        {briefing.ledeHtml ? (
          <div className={`${prose} prose-lg mt-4`} data-testid="lede" dangerouslySetInnerHTML={{ __html: briefing.ledeHtml }} />
        ) : null}
      </header>

      {briefing.sections.map((section) => (
        <section key={section.key} id={section.key} aria-labelledby={`${section.key}-heading`} className="mt-10 scroll-mt-4">
          <h2
            id={`${section.key}-heading`}
            className="border-b border-neutral-200 pb-1 font-serif text-2xl font-semibold dark:border-neutral-800"
          >
            {section.heading}
          </h2>
          <div className={`${prose} mt-2`}>
            <ul>
              {section.items.map((item) => (
                <li key={item.id} id={item.id} className="scroll-mt-4" dangerouslySetInnerHTML={{ __html: item.html }} />
              ))}
            </ul>
          </div>
        </section>
      ))}

      <KeyFigures slug={conflict.slug} date={briefing.date} figures={figures} />
      {map ? <DayMap slug={conflict.slug} dateLabel={formatLongDate(briefing.date)} map={map} /> : null}

      <footer className="mt-10 space-y-4 border-t border-neutral-200 pt-6 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
        <TagLinks briefing={briefing} />
        <SourcesList sources={briefing.sources} />
        {revisions !== undefined ? (
          <HistoryLink slug={conflict.slug} date={briefing.date} revisions={revisions} modified={briefing.modified} />
        ) : briefing.updated || briefing.corrections.length > 0 ? (
          <p>
            Updated <time dateTime={briefing.modified}>{formatDateTimeUtc(briefing.modified)}</time>
          </p>
        ) : null}
      </footer>

      <DayPager previous={previous} next={next} />
      <div className="mt-8 flex flex-col gap-6 border-t border-neutral-200 pt-6 sm:flex-row sm:items-start sm:justify-between dark:border-neutral-800">
        <EarlierYears briefings={earlier} />
        <JumpToDate slug={conflict.slug} min={conflict.start} max={latestDate} value={briefing.date} />
      </div>
    </article>
  );
}
