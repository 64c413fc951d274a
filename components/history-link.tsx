import Link from "next/link";
import { formatDateTimeUtc } from "@/lib/dates";
import { formatCount } from "@/lib/format";
import { formatHistoryPath } from "@/lib/routes";

/**
 * The day page's line about its history, for a day whose file git tracks:
 * "Updated N times, most recently … · See changes" once the published day has
 * changed, else "Not changed since it was published · History". Both link to the
 * history page (not prefetched: few readers follow them).
 */
export function HistoryLink({ slug, date, revisions, modified }: { slug: string; date: string; revisions: number; modified: string }) {
  const path = formatHistoryPath(slug, date);
  if (revisions <= 1) {
    return (
      <p data-testid="history-link">
        Not changed since it was published ·{" "}
        <Link href={path} className="underline" prefetch={false}>
          History
        </Link>
      </p>
    );
  }
  return (
    <p data-testid="history-link">
      Updated {formatCount(revisions - 1, "time")}, most recently <time dateTime={modified}>{formatDateTimeUtc(modified)}</time> ·{" "}
      <Link href={path} className="underline" prefetch={false}>
        See changes
      </Link>
    </p>
  );
}
