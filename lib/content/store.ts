import "server-only";
import { getConfig } from "@/lib/config";
import { computeFingerprint } from "./fingerprint";
import { getLastCommitTimes } from "./git-dates";
import { buildConflictIndex, type ConflictIndex } from "./indexes";
import { ContentValidationError, formatIssue, isError, sortIssues, type ContentIssue } from "./issues";
import { createConflictMaps } from "./conflict-maps";
import { keepLastGood, keepLastGoodGeo } from "./last-good";
import { enrichBriefing } from "./enrich";
import { readParseCache, writeParseCache } from "./parse-cache";
import { readContent, type ContentSnapshot, type ParseCache } from "./read-folder";
import type { Conflict } from "./schema";
import type { SearchIndex, SearchResult } from "@/lib/search/search-index";

/** Everything the app serves, as of the last good read of the content directory. */
export interface Store {
  /** By name. */
  conflicts: Conflict[];
  /** Each conflict's published briefings and the indexes built on them, by slug. */
  indexes: Map<string, ConflictIndex>;
  /** Built on the first search, once per store. */
  searchIndex?: SearchIndex;
  /** Results of recent searches (least recently used first), dropped with the store. */
  searchCache: Map<string, { total: number; results: SearchResult[] }>;
}

interface State {
  dir: string;
  store: Store;
  fingerprint: string;
  checkedAt: number;
  cache: ParseCache;
}

/**
 * Kept on globalThis, not in a module variable: Next.js bundles pages and route
 * handlers separately, and each bundle would otherwise read all content again.
 */
const holder = globalThis as typeof globalThis & { __daybookContent?: State };

/** Builds the store from a snapshot: drafts left out in production, every briefing enriched once. */
function buildStore(dir: string, snapshot: ContentSnapshot): Store {
  const { production } = getConfig();
  const commits = getLastCommitTimes(dir);
  const indexes = new Map<string, ConflictIndex>();
  for (const conflict of snapshot.conflicts) {
    const days = (snapshot.days.get(conflict.slug) ?? []).filter((day) => !production || !day.parsed.front.draft);
    const maps = createConflictMaps(conflict, snapshot.geo.get(conflict.slug) ?? { invalid: [] });
    const briefings = days.map((day) => enrichBriefing(day.parsed, conflict, commits.get(day.file), maps.gazetteer));
    indexes.set(conflict.slug, buildConflictIndex(conflict, briefings, maps));
  }
  return { conflicts: snapshot.conflicts, indexes, searchCache: new Map() };
}

/**
 * The current content. Read on first use; a running server then looks for
 * changed files at most every few seconds and re-reads (re-parsing only changed
 * files) when there are any. Invalid content fails the build and `next dev`; a
 * production server logs each problem with its position and keeps serving the
 * last good version of what was fine.
 */
export function getStore(): Store {
  const { contentDir: dir, refreshMs, production, building } = getConfig();
  const now = Date.now();
  const state = holder.__daybookContent;
  if (state?.dir === dir && now - state.checkedAt < refreshMs) return state.store;
  const fingerprint = computeFingerprint(dir);
  if (state?.dir === dir && state.fingerprint === fingerprint) {
    state.checkedAt = now;
    return state.store;
  }
  const firstRead = state?.dir !== dir;
  const cache: ParseCache = firstRead ? readParseCache() : state.cache;
  const before = firstRead ? new Map(cache) : undefined;
  const snapshot = readContent(dir, cache);
  // Saved after a process's first read only: later refreshes re-parse just the changed files anyway.
  if (before && [...cache].some(([file, entry]) => before.get(file) !== entry)) writeParseCache(cache);
  const errors: ContentIssue[] = sortIssues(snapshot.issues.filter(isError));
  // A build, or `next dev`, must stop on invalid content; a running production server must not.
  if (errors.length > 0 && (building || !production)) throw new ContentValidationError(errors);
  // A gazetteer or base map that turned invalid keeps its last good version (before enriching: aliases resolve through it).
  if (errors.length > 0 && state?.dir === dir) keepLastGoodGeo(snapshot, state.store);
  let store = buildStore(dir, snapshot);
  if (errors.length > 0) {
    // Logged once per change of the directory, not per request.
    for (const error of errors) console.error(`Daybook content problem (not published; what was online stays): ${formatIssue(error)}`);
    if (state?.dir === dir) store = keepLastGood(store, state.store, errors);
  }
  holder.__daybookContent = { dir, store, fingerprint, checkedAt: now, cache };
  return store;
}
