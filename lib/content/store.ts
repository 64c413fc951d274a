import "server-only";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { computeFingerprint } from "./fingerprint";
import { computeGitStamp, readGitLog, type GitLog } from "./git-log";
import { buildConflictIndex, type ConflictIndex } from "./indexes";
import { ContentValidationError, formatIssue, isError, sortIssues, type ContentIssue } from "./issues";
import { createConflictMaps } from "./conflict-maps";
import { keepLastGood, keepLastGoodGeo } from "./last-good";
import { enrichBriefing } from "./enrich";
import { readHistoryCache, readParseCache, writeHistoryCache, writeParseCache, writeRevisionTextsCache } from "./parse-cache";
import { hasConflictFolder } from "./list-folder";
import { readContent, type ContentSnapshot, type ParseCache } from "./read-folder";
import { computeNextPublishTime, isPublished } from "./schedule";
import { keepRevisionTexts } from "./revision-texts";
import { computeHistories, formatDayKey, type DayHistory, type ParsedRevisionTexts, type RevisionStatusCache } from "./revisions";
import type { Conflict } from "./schema";
import { computeSearchDocuments } from "@/lib/search/search-documents";
import { setSearchSource } from "@/lib/search/search-service";
import type { SearchHits } from "@/lib/search/search-types";
import type { HistoryView } from "./history-view";

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
  /** Set while the folder is missing or holds no conflict, and the last good store is served. */
  outage?: boolean;
  /** Which past revisions were published days, kept across refreshes (see computeHistories). */
  statuses: RevisionStatusCache;
  /** The last reading of git: its files tell when commits arrive (see readGitLog), and the next reading starts from its HEAD. */
  log?: GitLog;
  /** When the next scheduled day (publish_at) is due: the store is built again then, whether or not a file changed. */
  nextPublishAt?: number;
}

/**
 * Kept on globalThis, not in a module variable: Next.js bundles pages and route
 * handlers separately, and each bundle would otherwise read all content again.
 */
const holder = globalThis as typeof globalThis & { __daybookContent?: State; __daybookGeneration?: number; __daybookMonitored?: boolean };

function nextGeneration(): number {
  return (holder.__daybookGeneration = (holder.__daybookGeneration ?? 0) + 1);
}

/**
 * Builds the store from a snapshot: drafts and days scheduled for later left out
 * in production, the history of every day from one reading of git (the texts of
 * the past versions it parsed go to `texts`), every briefing enriched once.
 */
function buildStore(dir: string, snapshot: ContentSnapshot, log: GitLog | undefined, statuses: RevisionStatusCache, now: number, texts: ParsedRevisionTexts) {
  const { production } = getConfig();
  const days = snapshot.conflicts.flatMap((conflict) =>
    (snapshot.days.get(conflict.slug) ?? []).filter((day) => !production || isPublished(day.parsed, now)).map((day) => ({ conflict, day })),
  );
  const byFile = log ? computeHistories(dir, log, days, statuses, texts) : new Map<string, DayHistory>();
  const histories = new Map<string, DayHistory>();
  const indexes = new Map<string, ConflictIndex>();
  for (const conflict of snapshot.conflicts) {
    const maps = createConflictMaps(conflict, snapshot.geo.get(conflict.slug) ?? { invalid: [] });
    const briefings = days
      .filter((entry) => entry.conflict === conflict)
      .map(({ day }) => {
        const history = byFile.get(day.file);
        if (history) histories.set(formatDayKey(conflict.slug, day.parsed.date), history);
        return enrichBriefing(day.parsed, conflict, history?.revisions[0]?.time, maps.gazetteer);
      });
    indexes.set(conflict.slug, buildConflictIndex(conflict, briefings, maps));
  }
  return { conflicts: snapshot.conflicts, indexes, generation: nextGeneration(), searchCache: new Map(), histories, historyCache: new Map() };
}

/** Counts for the log: what stays online. */
function describeStore(store: Store): string {
  const briefings = [...store.indexes.values()].reduce((sum, index) => sum + index.oldestFirst.length, 0);
  return `${briefings} briefing${briefings === 1 ? "" : "s"} of ${store.conflicts.length} conflict${store.conflicts.length === 1 ? "" : "s"}`;
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
 * last good version of what was fine. A folder that disappears or suddenly holds
 * no conflict at all (a failed checkout, an unmounted volume) is never taken as
 * the editors' intent: the server keeps everything it had, says so once per
 * check, and reads the folder again as soon as it is back.
 */
export function getStore(): Store {
  return checkStore(false);
}

/**
 * Looks at the files now, whenever it last did, and re-reads what changed: called by the
 * content monitor (monitor.ts) when a file or the repository changes or a scheduled day is due.
 */
export function refreshStore(): Store {
  return checkStore(true);
}

/**
 * Says that a content monitor watches the folder (a production server): requests then never
 * look at the files themselves, which costs a stat per file, but take the store as the
 * monitor last refreshed it.
 */
export function setStoreMonitored(): void {
  holder.__daybookMonitored = true;
}

/** Whether `files` (computeFingerprint's) and the repository are as the store last read them. */
export function isStoreCurrent(files: string): boolean {
  const state = holder.__daybookContent;
  return state !== undefined && state.fingerprint === `${files}\n${computeGitStamp(state.log?.watch ?? [])}`;
}

/** What a monitor should watch: the folder, its subfolders, and the repository's folder, if any. */
export function getStoreWatchPaths(): { dir: string; gitDir?: string; nextPublishAt?: number } {
  const state = holder.__daybookContent;
  const watch = state?.log?.watch[0];
  return { dir: getConfig().contentDir, gitDir: watch ? path.dirname(watch) : undefined, nextPublishAt: state?.nextPublishAt };
}

function checkStore(force: boolean): Store {
  const { contentDir: dir, refreshMs, production, building } = getConfig();
  const now = Date.now();
  const state = holder.__daybookContent;
  // During an outage, one listing a request notices the folder's return at once, so that no page is
  // rendered from the old content after it is back (ISR would keep that page for 15 s); the full
  // check, and its log line, stay once per refresh.
  // A scheduled day whose time has come is published at once, by building the store again.
  const due = state?.nextPublishAt !== undefined && now >= state.nextPublishAt;
  const fresh = holder.__daybookMonitored || now - (state?.checkedAt ?? 0) < refreshMs;
  if (state?.dir === dir && !force && !due && fresh && !(state.outage && hasConflictFolder(dir))) return state.store;
  // Files, and the repository's HEAD: a commit that reaches the folder is noticed even if no file changed size or time.
  const files = computeFingerprint(dir);
  const previous = state?.dir === dir ? state : undefined;
  if (previous && !due && previous.fingerprint === `${files}\n${computeGitStamp(previous.log?.watch ?? [])}`) {
    if (previous.outage) console.error(`Daybook content folder ${dir} is back, unchanged: serving it again.`);
    previous.checkedAt = now;
    previous.outage = false;
    return previous.store;
  }
  const cache: ParseCache = previous ? previous.cache : readParseCache();
  const before = previous ? undefined : new Map(cache);
  const snapshot = readContent(dir, cache);
  // Saved after a process's first read only: later refreshes re-parse just the changed files anyway.
  if (before && [...cache].some(([file, entry]) => before.get(file) !== entry)) writeParseCache(cache);
  if (previous && production && !building && snapshot.folders === 0 && previous.store.conflicts.length > 0) {
    const problem = snapshot.issues.some((issue) => issue.name === "missing-content-dir") ? "is missing" : "holds no conflict";
    // Once per check (every refreshMs at most), not per request: the fingerprint is left as it was, so the next check reads again.
    console.error(`Daybook content folder ${dir} ${problem}: still serving the last good content (${describeStore(previous.store)}); it is read again at the next check.`);
    previous.checkedAt = now;
    previous.outage = true;
    return previous.store;
  }
  const errors: ContentIssue[] = sortIssues(snapshot.issues.filter(isError));
  // A build, or `next dev`, must stop on invalid content; a running production server must not.
  if (errors.length > 0 && (building || !production)) throw new ContentValidationError(errors);
  if (previous?.outage) console.error(`Daybook content folder ${dir} is back: serving what it holds now.`);
  // A process's first read starts from the history an earlier process of the build read: as it is when git has
  // not moved since (no git call at all), else with only the commits since. Later reads start from the last one.
  const shared = previous ? undefined : readHistoryCache(dir);
  const unchanged = shared && computeGitStamp(shared.log.watch) === shared.log.stamp;
  const log = unchanged ? shared.log : readGitLog(dir, previous ? previous.log : shared?.log);
  const statuses: RevisionStatusCache = previous ? previous.statuses : (shared?.statuses ?? new Map());
  // A gazetteer or base map that turned invalid keeps its last good version (before enriching: aliases resolve through it).
  if (errors.length > 0 && previous) keepLastGoodGeo(snapshot, previous.store);
  // The past versions this reading parses (to tell drafts and invalid versions) are kept for history pages: in
  // memory, and after a process's first reading in the build folder too, so that no later process parses them again.
  const texts: ParsedRevisionTexts = new Map();
  const built = buildStore(dir, snapshot, log, statuses, now, texts);
  keepRevisionTexts(texts);
  if (!previous && !unchanged && log) {
    writeHistoryCache({ dir, log, statuses });
    writeRevisionTextsCache(texts);
  }
  const { store, kept } = previous && errors.length > 0 ? keepLastGood(built, previous.store, errors) : { store: built, kept: new Set<string>() };
  // Logged once per change of the directory, not per request.
  for (const error of errors) {
    const outcome = kept.has(error.file) ? "not published; its last good version stays online" : "not published";
    console.error(`Daybook content problem (${outcome}): ${formatIssue(error)}`);
  }
  const nextPublishAt = production ? computeNextPublishTime([...snapshot.days.values()].flat().map((day) => day.parsed), now) : undefined;
  holder.__daybookContent = { dir, store, fingerprint: `${files}\n${log?.stamp ?? ""}`, checkedAt: now, cache, statuses, log, nextPublishAt };
  indexForSearch(store);
  return store;
}
