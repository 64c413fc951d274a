import path from "node:path";
import { buildConflictIndex } from "./indexes";
import type { ContentIssue } from "./issues";
import { parseBriefingFileName } from "./parse-briefing";
import type { Store } from "./store";

/**
 * Puts back what an invalid file replaced: a conflict whose `_conflict.md` turned
 * invalid keeps its previous version and days; a day whose file turned invalid
 * keeps its previous version. New invalid files stay unpublished.
 */
export function keepLastGood(next: Store, previous: Store, errors: ContentIssue[]): Store {
  const conflicts = [...next.conflicts];
  const indexes = new Map(next.indexes);
  for (const error of errors) {
    const slug = path.basename(path.dirname(error.file));
    const date = parseBriefingFileName(path.basename(error.file));
    const old = previous.indexes.get(slug);
    const lostConflict = path.basename(error.file) === "_conflict.md" && !conflicts.some((c) => c.slug === slug);
    if (lostConflict && old) {
      conflicts.push(old.conflict);
      indexes.set(slug, old);
      continue;
    }
    const kept = date && old?.getBriefing(date);
    const current = indexes.get(slug);
    if (kept && current && !current.getBriefing(date)) {
      const briefings = [...current.oldestFirst, kept].sort((a, b) => a.date.localeCompare(b.date));
      indexes.set(slug, buildConflictIndex(current.conflict, briefings));
    }
  }
  conflicts.sort((a, b) => a.name.localeCompare(b.name));
  return { conflicts, indexes, generation: next.generation, searchCache: new Map() };
}
