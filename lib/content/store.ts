import "server-only";
import { getConfig } from "@/lib/config";
import { computeFingerprint } from "./fingerprint";
import { computeGitStamp, readGitLog, type GitLog } from "./git-log";
import { buildConflictIndex, type ConflictIndex } from "./indexes";
import { ContentValidationError, formatIssue, isError, sortIssues, type ContentIssue } from "./issues";
import { keepLastGood } from "./last-good";
import { enrichBriefing } from "./enrich";
import { readHistoryCache, readParseCache, writeHistoryCache, writeParseCache } from "./parse-cache";
import { readContent, type ContentSnapshot, type ParseCache } from "./read-folder";
import { computeHistories, formatDayKey, type DayHistory, type RevisionStatusCache } from "./revisions";
import type { Conflict } from "./schema";
import type { SearchIndex, SearchResult } from "@/lib/search/search-index";
import type { HistoryView } from "./history-view";

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
  /** Published revisions of each day's file that git tracks, by `<conflict>/<date>`. */
  histories: Map<string, DayHistory>;
  /** History pages' data, built on demand (least recently used first), dropped with the store. */
  historyCache: Map<string, HistoryView>;
}


interface State {
  dir: string;
  store: Store;
  fingerprint: string;
  checkedAt: number;
  cache: ParseCache;
  /** Which past revisions were published days, kept across refreshes (see computeHistories). */
  statuses: RevisionStatusCache;
  /** The last reading of git: its files tell when commits arrive (see readGitLog), and the next reading starts from its HEAD. */
  log?: GitLog;
}

/**
 * Kept on globalThis, not in a module variable: Next.js bundles pages and route
 * handlers separately, and each bundle would otherwise read all content again.
 */
const holder = globalThis as typeof globalThis & { __daybookContent?: State };

/**
 * Builds the store from a snapshot: drafts left out in production, the history
 * of every day from one reading of git, every briefing enriched once.
 */
function buildStore(dir: string, snapshot: ContentSnapshot, log: GitLog | undefined, statuses: RevisionStatusCache) {
  const { production } = getConfig();
  const days = snapshot.conflicts.flatMap((conflict) =>
    (snapshot.days.get(conflict.slug) ?? []).filter((day) => !production || !day.parsed.front.draft).map((day) => ({ conflict, day })),
  );
  const byFile = log ? computeHistories(dir, log, days, statuses) : new Map<string, DayHistory>();
  const histories = new Map<string, DayHistory>();
  const indexes = new Map<string, ConflictIndex>();
  for (const conflict of snapshot.conflicts) {
    const briefings = days
      .filter((entry) => entry.conflict === conflict)
      .map(({ day }) => {
        const history = byFile.get(day.file);
        if (history) histories.set(formatDayKey(conflict.slug, day.parsed.date), history);
        return enrichBriefing(day.parsed, conflict, history?.revisions[0]?.time);
      });
    indexes.set(conflict.slug, buildConflictIndex(conflict, briefings));
  }
  return { conflicts: snapshot.conflicts, indexes, searchCache: new Map(), histories, historyCache: new Map() };
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
  // Files, and the repository's HEAD: a commit that reaches the folder is noticed even if no file changed size or time.
  const files = computeFingerprint(dir);
  if (state?.dir === dir && state.fingerprint === `${files}\n${computeGitStamp(state.log?.watch ?? [])}`) {
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
  // A process's first read starts from the history an earlier process of the build read: as it is when git has
  // not moved since (no git call at all), else with only the commits since. Later reads start from the last one.
  const shared = firstRead ? readHistoryCache(dir) : undefined;
  const unchanged = shared && computeGitStamp(shared.log.watch) === shared.log.stamp;
  const log = unchanged ? shared.log : readGitLog(dir, firstRead ? shared?.log : state.log);
  const statuses: RevisionStatusCache = firstRead ? (shared?.statuses ?? new Map()) : state.statuses;
  let store = buildStore(dir, snapshot, log, statuses);
  if (firstRead && !unchanged && log) writeHistoryCache({ dir, log, statuses });
  if (errors.length > 0) {
    // Logged once per change of the directory, not per request.
    for (const error of errors) console.error(`Daybook content problem (not published; what was online stays): ${formatIssue(error)}`);
    if (state?.dir === dir) store = keepLastGood(store, state.store, errors);
  }
  holder.__daybookContent = { dir, store, fingerprint: `${files}\n${log?.stamp ?? ""}`, checkedAt: now, cache, statuses, log };
  return store;
}
