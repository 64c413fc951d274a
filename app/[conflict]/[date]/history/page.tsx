import type { Metadata } from "next";
import Link from "next/link";
import { ConflictTitle } from "@/components/conflict-title";
import { DateText } from "@/components/date-text";
import { Added, Removed } from "@/components/diff-text";
import { MissingPage } from "@/components/missing-page";
import { RevisionList } from "@/components/revision-list";
import { getHistoryView } from "@/lib/content";
import { formatDateTimeUtc, formatLongDate } from "@/lib/dates";
import { formatCount } from "@/lib/format";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatDayPath, formatHistoryPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string; date: string }> };

// None is prerendered: a history page is rendered on its first request (reading
// git for that one file) and then served from the cache like an older day's page.
export function generateStaticParams(): { conflict: string; date: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { conflict: slug, date } = await params;
  const view = getHistoryView(slug, date);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict, briefing } = view;
  return buildMetadata({
    title: `Changes to ${conflict.name}, Day ${briefing.day} — ${formatLongDate(briefing.date)} · ${SITE_NAME}`,
    description: `Every published revision of the ${conflict.name} briefing of ${formatLongDate(briefing.date)}, with what each changed.`,
    path: formatHistoryPath(conflict.slug, briefing.date),
    conflict,
    noindex: true,
  });
}

/** A day's public history: every published revision, newest first, with what each changed. */
export default async function HistoryPage({ params }: Props) {
  const { conflict: slug, date } = await params;
  const view = getHistoryView(slug, date);
  if (!view) return <MissingPage />;
  const { conflict, briefing, revisions, older } = view;
  const published = revisions.at(-1);
  return (
    <article>
      <header>
        <ConflictTitle conflict={conflict} suffix={`Day ${briefing.day}: changes`} separator="," accent />
        <p className="mt-2 text-lg text-neutral-700 dark:text-neutral-300">
          <DateText date={briefing.date} /> ·{" "}
          <Link href={formatDayPath(conflict.slug, briefing.date)} className="underline">
            Read the briefing
          </Link>
        </p>
        <p className="mt-4" data-testid="history-summary">
          {revisions.length <= 1 && older === 0 && published ? (
            <>
              Published <time dateTime={published.time}>{formatDateTimeUtc(published.time)}</time>, not changed since.
            </>
          ) : (
            <>
              {formatCount(revisions.length + older, "published revision")}, newest first. Added words are <Added>underlined</Added>,
              removed words <Removed>struck through</Removed>.
            </>
          )}
        </p>
      </header>
      <RevisionList revisions={revisions} />
      {older > 0 ? <p className="mt-8 text-neutral-700 dark:text-neutral-300">{formatCount(older, "older revision")} not shown.</p> : null}
    </article>
  );
}
