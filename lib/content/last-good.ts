import path from "node:path";
import { buildConflictIndex } from "./indexes";
import type { ContentIssue } from "./issues";
import { parseBriefingFileName } from "./parse-briefing";
import { formatDayKey } from "./revisions";
import type { ContentSnapshot } from "./read-folder";
import type { Store } from "./store";

/** The conflict a problem belongs to: its folder's slug (a missing `_conflict.md` names the folder itself). */
function getSlug(error: ContentIssue): string {
  return path.basename(error.name === "missing-conflict-file" ? error.file : path.dirname(error.file));
}

/** A problem with a conflict's `_conflict.md`, or its absence. */
function isAboutConflict(error: ContentIssue): boolean {
  return path.basename(error.file) === "_conflict.md" || error.name === "missing-conflict-file";
}

/**
 * Puts back what an invalid file replaced: a conflict whose `_conflict.md` turned
 * invalid, or went missing while its folder stayed, keeps its previous version and
 * days; a day whose file turned invalid keeps its previous version (and the history
 * it was served with: its current file, being invalid, is no revision). New invalid
 * files stay unpublished. `kept` names the files whose last good version stays
 * online, so that the log can say which.
 */
export function keepLastGood(next: Store, previous: Store, errors: ContentIssue[]): { store: Store; kept: Set<string> } {
  const conflicts = [...next.conflicts];
  const indexes = new Map(next.indexes);
  const histories = new Map(next.histories);
  const keepHistory = (slug: string, date: string) => {
    const history = previous.histories.get(formatDayKey(slug, date));
    if (history) histories.set(formatDayKey(slug, date), history);
  };
  const kept = new Set<string>();
  // Conflicts first: a restored conflict brings back its days, which later errors then find online.
  const ordered = [...errors.filter(isAboutConflict), ...errors.filter((error) => !isAboutConflict(error))];
  for (const error of ordered) {
    const slug = getSlug(error);
    const date = parseBriefingFileName(path.basename(error.file));
    const old = previous.indexes.get(slug);
    if (isAboutConflict(error)) {
      if (old && !conflicts.some((c) => c.slug === slug)) {
        conflicts.push(old.conflict);
        indexes.set(slug, old);
        for (const briefing of old.oldestFirst) keepHistory(slug, briefing.date);
        kept.add(error.file);
      }
      continue;
    }
    const keptDay = date && old?.getBriefing(date);
    const current = indexes.get(slug);
    if (keptDay && current && !current.getBriefing(date)) {
      const briefings = [...current.oldestFirst, keptDay].sort((a, b) => a.date.localeCompare(b.date));
      indexes.set(slug, buildConflictIndex(current.conflict, briefings, current.maps));
      keepHistory(slug, date);
    }
    if (keptDay && indexes.get(slug)?.getBriefing(date)) kept.add(error.file);
  }
  conflicts.sort((a, b) => a.name.localeCompare(b.name));
  return { store: { conflicts, indexes, generation: next.generation, searchCache: new Map(), histories, historyCache: new Map() }, kept };
}

/**
 * Puts back, in a snapshot about to be published, the last good gazetteer or base
 * map of each conflict whose `_places.yml` or `_map.topo.json` turned invalid.
 */
export function keepLastGoodGeo(snapshot: ContentSnapshot, previous: Store): void {
  for (const [slug, source] of snapshot.geo) {
    const old = previous.indexes.get(slug)?.maps.source;
    if (!old || source.invalid.length === 0) continue;
    snapshot.geo.set(slug, {
      places: source.invalid.includes("_places.yml") ? old.places : source.places,
      topology: source.invalid.includes("_map.topo.json") ? old.topology : source.topology,
      invalid: [],
    });
  }
}
