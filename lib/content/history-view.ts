import "server-only";
import { cache } from "react";
import { getConfig } from "@/lib/config";
import { computePublishedText, computeRevisionDiff, type DiffGroup } from "./history-diff";
import type { ReaderText } from "./reader-text";
import { readRevisionTexts } from "./revision-texts";
import { formatDayKey, type DayHistory } from "./revisions";
import type { Briefing, Conflict } from "./schema";
import { getStore, type Store } from "./store";

/** One published revision as its history page shows it. */
export interface HistoryEntry {
  commit: string;
  /** Commit time, ISO 8601 UTC. */
  time: string;
  /** Text written by whoever can commit: render it as text, never as HTML. */
  subject: string;
  /** The oldest published revision: "Published", with its whole text. */
  first: boolean;
  /** What changed against the revision before (for the first, its whole text). */
  groups: DiffGroup[];
}

export interface HistoryView {
  conflict: Conflict;
  briefing: Briefing;
  /** Every published revision, newest first. */
  revisions: HistoryEntry[];
  /** Older revisions beyond the page's bound, not shown. */
  older: number;
}

/** The most revisions one history page compares: bounds the work (and the page) for a file edited without end. */
const MAX_REVISIONS = 200;
/** History pages kept per store; each is rendered once and then served from Next.js's cache anyway. */
const CACHE_SIZE = 64;

/**
 * Compares one day's published revisions, each with the one before it, in what
 * readers saw (see readRevisionTexts). A revision that cannot be read or no
 * longer parses is skipped: the next one is compared with the one before it.
 */
function computeHistory(history: DayHistory, briefing: Briefing): HistoryView {
  const shown = history.revisions.slice(0, MAX_REVISIONS + 1); // one more than shown: the oldest shown needs a "before"
  const texts = readRevisionTexts(getConfig().contentDir, history, shown);
  const beyond = history.revisions.length > MAX_REVISIONS;
  const entries: HistoryEntry[] = [];
  let before: ReaderText | undefined;
  for (const [i, revision] of [...shown].reverse().entries()) {
    const after = texts.get(revision.blob);
    if (!after) continue;
    if (!(beyond && i === 0)) {
      const groups = before ? computeRevisionDiff(before, after) : computePublishedText(after);
      entries.push({ ...revision, first: !before && !beyond, groups });
    }
    before = after;
  }
  return { conflict: history.conflict, briefing, revisions: entries.reverse(), older: Math.max(0, history.revisions.length - MAX_REVISIONS) };
}

function rememberHistory(store: Store, key: string, view: HistoryView): HistoryView {
  store.historyCache.delete(key);
  store.historyCache.set(key, view);
  if (store.historyCache.size > CACHE_SIZE) store.historyCache.delete(store.historyCache.keys().next().value!);
  return view;
}

/**
 * A day's history page: every published revision, newest first, each with what
 * it changed. Undefined (a 404) for an unknown day and for a day git does not
 * track (no repository, or a file not committed yet). The text of past revisions
 * is read only here, for one file, and kept for the store's life.
 */
export const getHistoryView = cache(function getHistoryView(slug: string, date: string): HistoryView | undefined {
  const store = getStore();
  const key = formatDayKey(slug, date);
  const briefing = store.indexes.get(slug)?.getBriefing(date);
  const history = store.histories.get(key);
  if (!briefing || !history) return undefined;
  return rememberHistory(store, key, store.historyCache.get(key) ?? computeHistory(history, briefing));
});

/** How many feed entries the changes feed carries. */
const CHANGES_FEED_SIZE = 50;

export interface ChangesFeedView {
  conflict: Conflict;
  /** Revisions made after each day's first publication, newest first. */
  entries: { briefing: Briefing; commit: string; time: string; subject: string }[];
}

/** A conflict's latest changes to published days, for `/<conflict>/changes.xml`; undefined for an unknown conflict. */
export function getChangesFeedView(slug: string): ChangesFeedView | undefined {
  const store = getStore();
  const index = store.indexes.get(slug);
  if (!index) return undefined;
  const entries = index.newestFirst.flatMap((briefing) => {
    const revisions = store.histories.get(formatDayKey(slug, briefing.date))?.revisions ?? [];
    return revisions.slice(0, -1).map(({ commit, time, subject }) => ({ briefing, commit, time, subject }));
  });
  entries.sort((a, b) => b.time.localeCompare(a.time) || b.briefing.date.localeCompare(a.briefing.date));
  return { conflict: index.conflict, entries: entries.slice(0, CHANGES_FEED_SIZE) };
}
