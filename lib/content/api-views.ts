import "server-only";
import type { ConflictIndex } from "./indexes";
import { formatDayKey } from "./revisions";
import type { Briefing, Conflict } from "./schema";
import { getStore, type Store } from "./store";

// The open-data API (app/api/v1) and the /data page read the same store as the pages, so
// drafts are left out of production the same way and a changed file reaches them the
// same way. Each view hands out the store's own arrays (never copies): lib/api keys its
// per-store caches and ETags on their identity, which changes whenever the store does.

/** What a day's API object adds to its briefing, from the rest of the store. */
export interface ApiDayExtras {
  /** A place's coordinates from the conflict's gazetteer (by name or alias), if it has them. */
  getCoordinates(name: string): { lat: number; lon: number } | undefined;
  /** Whether git tracks the day's file, so that it has a history page. */
  hasHistory(date: string): boolean;
}

export interface ApiConflictView {
  conflict: Conflict;
  /** Published briefings, oldest first: the store's own array for this version of the content. */
  briefings: readonly Briefing[];
  extras: ApiDayExtras;
}

function createExtras(store: Store, index: ConflictIndex): ApiDayExtras {
  return {
    getCoordinates(name) {
      const place = index.maps.gazetteer.find(name);
      return place && { lat: place.lat, lon: place.lon };
    },
    hasHistory: (date) => store.histories.has(formatDayKey(index.conflict.slug, date)),
  };
}

/** Every conflict with its published briefings, by name: `/api/v1/conflicts` and the /data page. */
export function getApiConflictsView(): { conflicts: ApiConflictView[] } {
  const store = getStore();
  return {
    conflicts: store.conflicts.flatMap((conflict) => {
      const index = store.indexes.get(conflict.slug);
      return index ? [{ conflict, briefings: index.oldestFirst, extras: createExtras(store, index) }] : [];
    }),
  };
}

/** One conflict with its published briefings (its index of days and its bulk downloads); undefined for an unknown slug. */
export function getApiConflictView(slug: string): ApiConflictView | undefined {
  const store = getStore();
  const index = store.indexes.get(slug);
  return index && { conflict: index.conflict, briefings: index.oldestFirst, extras: createExtras(store, index) };
}

/**
 * One day of a conflict for the API: the conflict (undefined for an unknown slug) and
 * the briefing (undefined when that date has no published briefing).
 */
export function getApiDayView(slug: string, date: string): { conflict: Conflict; briefing?: Briefing; extras: ApiDayExtras } | undefined {
  const store = getStore();
  const index = store.indexes.get(slug);
  return index && { conflict: index.conflict, briefing: index.getBriefing(date), extras: createExtras(store, index) };
}
