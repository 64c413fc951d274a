import "server-only";
import type { Briefing, Conflict } from "./schema";
import { getStore } from "./store";

// The open-data API (app/api/v1) and the /data page read the same store as the pages, so
// drafts are left out of production the same way and a changed file reaches them the
// same way. Each view hands out the store's own arrays (never copies): lib/api keys its
// per-store caches and ETags on their identity, which changes whenever the store does.

export interface ApiConflictView {
  conflict: Conflict;
  /** Published briefings, oldest first: the store's own array for this version of the content. */
  briefings: readonly Briefing[];
}

/** Every conflict with its published briefings, by name: `/api/v1/conflicts` and the /data page. */
export function getApiConflictsView(): { conflicts: ApiConflictView[] } {
  const store = getStore();
  return {
    conflicts: store.conflicts.flatMap((conflict) => {
      const index = store.indexes.get(conflict.slug);
      return index ? [{ conflict, briefings: index.oldestFirst }] : [];
    }),
  };
}

/** One conflict with its published briefings (its index of days and its bulk downloads); undefined for an unknown slug. */
export function getApiConflictView(slug: string): ApiConflictView | undefined {
  const index = getStore().indexes.get(slug);
  return index && { conflict: index.conflict, briefings: index.oldestFirst };
}

/**
 * One day of a conflict for the API: the conflict (undefined for an unknown slug) and
 * the briefing (undefined when that date has no published briefing).
 */
export function getApiDayView(slug: string, date: string): { conflict: Conflict; briefing?: Briefing } | undefined {
  const index = getStore().indexes.get(slug);
  return index && { conflict: index.conflict, briefing: index.getBriefing(date) };
}
