import { DiffText } from "@/components/diff-text";
import type { DiffEntry, DiffGroup } from "@/lib/content";

const CHANGE_LABELS: Record<DiffEntry["change"], string> = { added: "added", removed: "removed", changed: "changed", same: "" };

/** One changed thing: its label ("Item 2, changed") and its words. */
function Entry({ entry }: { entry: DiffEntry }) {
  const label = [entry.label, CHANGE_LABELS[entry.change]].filter(Boolean).join(", ");
  return (
    <li>
      {label ? (
        <>
          <span className="text-sm font-medium text-neutral-700 dark:text-neutral-300">{label}:</span>{" "}
        </>
      ) : null}
      <DiffText parts={entry.parts} />
    </li>
  );
}

/** A revision's changes (or a first revision's text), grouped by part of the page, each item on its own line. */
export function RevisionChanges({ groups }: { groups: readonly DiffGroup[] }) {
  if (groups.length === 0)
    return <p className="mt-2 text-neutral-700 dark:text-neutral-300">No change that readers can see (formatting only).</p>;
  return (
    <div className="mt-2 space-y-3 [overflow-wrap:anywhere]">
      {groups.map((group) => (
        // A plain block, not a <section>: a named region per group would repeat "Battlefield" as a landmark in every revision.
        <div key={group.key} data-group={group.key}>
          <h3 className="font-semibold">{group.heading}</h3>
          <ul className="mt-1 space-y-1 pl-0">
            {group.entries.map((entry, index) => (
              <Entry key={index} entry={entry} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
