import "server-only";
import { getConfig } from "@/lib/config";
import { computeFingerprint } from "./fingerprint";
import { getLastCommitTimes } from "./git-dates";
import { buildConflictIndex, type ConflictIndex } from "./indexes";
import { ContentValidationError, formatIssue, isError, sortIssues, type ContentIssue } from "./issues";
import { keepLastGood } from "./last-good";
import { enrichBriefing } from "./enrich";
import { readParseCache, writeParseCache } from "./parse-cache";
import { readContent, type ContentSnapshot, type ParseCache } from "./read-folder";
import type { Conflict } from "./schema";
import { computeSearchDocuments } from "@/lib/search/search-documents";
import { setSearchSource } from "@/lib/search/search-service";
import type { SearchHits } from "@/lib/search/search-types";

/** Everything the app serves, as of the last good read of the content directory. */
export interface Store {
  /** By name. */
  conflicts: Conflict[];
  /** Each conflict's published briefings and the indexes built on them, by slug. */
  indexes: Map<string, ConflictIndex>;
  /** Numbers the stores a process makes, newest highest: search answers say which content they come from. */
  generation: number;
  /** Results of recent searches (least recently used first), dropped with the store. */
  searchCache: Map<string, SearchHits>;
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
const holder = globalThis as typeof globalThis & { __daybookContent?: State; __daybookGeneration?: number };

function nextGeneration(): number {
  return (holder.__daybookGeneration = (holder.__daybookGeneration ?? 0) + 1);
}

/** Builds the store from a snapshot: drafts left out in production, every briefing enriched once. */
function buildStore(dir: string, snapshot: ContentSnapshot): Store {
  const { production } = getConfig();
  const commits = getLastCommitTimes(dir);
  const indexes = new Map<string, ConflictIndex>();
  for (const conflict of snapshot.conflicts) {
    const days = (snapshot.days.get(conflict.slug) ?? []).filter((day) => !production || !day.parsed.front.draft);
    const briefings = days.map((day) => enrichBriefing(day.parsed, conflict, commits.get(day.file)));
    indexes.set(conflict.slug, buildConflictIndex(conflict, briefings));
  }
  return { conflicts: snapshot.conflicts, indexes, generation: nextGeneration(), searchCache: new Map() };
}

/** Hands the store's published briefings to search, which indexes them in the background (not during a build). */
function indexForSearch(store: Store): void {
  if (getConfig().building) return;
  setSearchSource({
    generation: store.generation,
    getDocuments: () => computeSearchDocuments(store.conflicts, [...store.indexes.values()].flatMap((index) => index.oldestFirst)),
  });
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
  let store = buildStore(dir, snapshot);
  if (errors.length > 0) {
    // Logged once per change of the directory, not per request.
    for (const error of errors) console.error(`Daybook content problem (not published; what was online stays): ${formatIssue(error)}`);
    if (state?.dir === dir) store = keepLastGood(store, state.store, errors);
  }
  holder.__daybookContent = { dir, store, fingerprint, checkedAt: now, cache };
  indexForSearch(store);
  return store;
}
