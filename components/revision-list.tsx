import { RevisionChanges } from "@/components/revision-changes";
import { formatDateTimeUtc } from "@/lib/dates";
import { formatRevisionId } from "@/lib/routes";
import type { HistoryEntry } from "@/lib/content";

/**
 * Every published revision of a day, newest first: when it was made (commit time),
 * what its commit says, and what it changed. The subject is text written by
 * whoever can commit, rendered as text (React escapes it). The first revision
 * shows its whole text, folded.
 */
export function RevisionList({ revisions }: { revisions: readonly HistoryEntry[] }) {
  return (
    <ol className="mt-8 space-y-8">
      {revisions.map((revision) => {
        const id = formatRevisionId(revision.commit);
        return (
          <li key={revision.commit} id={id} className="scroll-mt-4 border-t border-neutral-200 pt-4 dark:border-neutral-800">
            <article aria-labelledby={`${id}-heading`}>
              <h2 id={`${id}-heading`} className="font-serif text-xl font-semibold">
                {revision.first ? "Published" : "Updated"} <time dateTime={revision.time}>{formatDateTimeUtc(revision.time)}</time>
              </h2>
              <p className="mt-1 text-neutral-800 dark:text-neutral-200" data-testid="subject">
                {revision.subject || "(no description)"}
              </p>
              {revision.first ? (
                <details className="mt-2">
                  <summary className="cursor-pointer underline underline-offset-4">The text as first published</summary>
                  <RevisionChanges groups={revision.groups} />
                </details>
              ) : (
                <RevisionChanges groups={revision.groups} />
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
