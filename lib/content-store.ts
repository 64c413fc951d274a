import "server-only";
import fs from "node:fs";
import path from "node:path";
import { ContentValidationError, formatIssue, isError, sortIssues, type ContentIssue } from "./errors";
import { getLastCommitTimes } from "./git-dates";
import { computeModified, parseBriefingFileName } from "./parse-briefing";
import { readParseCache, writeParseCache } from "./parse-cache-file";
import { getContentDir, readContent, type ContentSnapshot, type ParseCache } from "./read-content";
import type { Briefing, Conflict } from "./schema";
import type { SearchIndex, SearchResult } from "./search";
import type { Tag } from "./tags";

/** Everything the app serves, as of the last good read of the content directory. */
export interface Store {
  conflicts: Conflict[];
  /** Each conflict's published briefings, oldest first. */
  briefings: Map<string, Briefing[]>;
  /** Built on the first search, once per store. */
  searchIndex?: SearchIndex;
  /** Places and topics by `slug/kind`, computed on first use, dropped with the store. */
  tagCache: Map<string, Tag<Briefing>[]>;
  /** Results of recent searches (least recently used first), dropped with the store. */
  searchCache: Map<string, { total: number; results: SearchResult[] }>;
}

/** How often a running server looks for changed files (a directory listing and one stat per file). */
const REFRESH_INTERVAL_MS = Number(process.env.CONTENT_REFRESH_MS ?? 5_000);

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

/** Every file's path, size and modification time: changes whenever an editor's commit lands. */
function computeFingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string, depth: number) => {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const entry = path.join(folder, name);
      try {
        const stat = fs.lstatSync(entry);
        parts.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
        if (stat.isDirectory() && depth < 1) walk(entry, depth + 1);
      } catch {
        // Gone since the listing: the next check sees the final state.
      }
    }
  };
  walk(dir, 0);
  return parts.join("\n");
}

/** Drafts show in `next dev` and never in a production build or server. */
function includeDrafts(): boolean {
  return process.env.NODE_ENV !== "production";
}

/** A build, or `next dev`, must stop on invalid content; a running production server must not. */
function mustFailOnErrors(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build" || process.env.NODE_ENV !== "production";
}

function buildStore(dir: string, snapshot: ContentSnapshot): Store {
  const drafts = includeDrafts();
  const commits = getLastCommitTimes(dir);
  // Without `updated` or corrections, a briefing was last modified when its file was last committed.
  const withGitTime = (briefing: Briefing): Briefing => {
    const committed = commits.get(snapshot.files.get(`${briefing.conflict}/${briefing.date}`) ?? "");
    const explicit = briefing.updated || briefing.corrections.length > 0;
    return explicit || !committed ? briefing : { ...briefing, modified: computeModified(briefing.published, [committed]) };
  };
  const briefings = new Map(
    [...snapshot.briefings].map(([slug, list]) => [slug, list.filter((b) => drafts || !b.draft).map(withGitTime)] as const),
  );
  return { conflicts: snapshot.conflicts, briefings, tagCache: new Map(), searchCache: new Map() };
}

/**
 * Puts back what an invalid file replaced: a conflict whose `_conflict.md` turned
 * invalid keeps its previous version and days; a day whose file turned invalid
 * keeps its previous version. New invalid files stay unpublished.
 */
function keepLastGood(next: Store, previous: Store, errors: ContentIssue[]): Store {
  const conflicts = [...next.conflicts];
  const briefings = new Map(next.briefings);
  for (const error of errors) {
    const slug = path.basename(path.dirname(error.file));
    const date = parseBriefingFileName(path.basename(error.file));
    const lostConflict = path.basename(error.file) === "_conflict.md" && !conflicts.some((c) => c.slug === slug);
    const old = previous.conflicts.find((c) => c.slug === slug);
    if (lostConflict && old) {
      conflicts.push(old);
      briefings.set(slug, previous.briefings.get(slug) ?? []);
      continue;
    }
    const kept = date && previous.briefings.get(slug)?.find((b) => b.date === date);
    const list = briefings.get(slug);
    if (kept && list && !list.some((b) => b.date === date)) {
      briefings.set(slug, [...list, kept].sort((a, b) => a.date.localeCompare(b.date)));
    }
  }
  conflicts.sort((a, b) => a.name.localeCompare(b.name));
  return { conflicts, briefings, tagCache: new Map(), searchCache: new Map() };
}

/**
 * The current content. Read on first use; a running server then looks for
 * changed files at most every few seconds and re-reads (re-parsing only changed
 * files) when there are any. Invalid content fails the build and `next dev`; a
 * production server logs each problem with its position and keeps serving the
 * last good version of what was fine.
 */
export function getStore(): Store {
  const dir = getContentDir();
  const now = Date.now();
  const state = holder.__daybookContent;
  if (state?.dir === dir && now - state.checkedAt < REFRESH_INTERVAL_MS) return state.store;
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
  const errors = sortIssues(snapshot.issues.filter(isError));
  if (errors.length > 0 && mustFailOnErrors()) throw new ContentValidationError(errors);
  let store = buildStore(dir, snapshot);
  if (errors.length > 0) {
    // Logged once per change of the directory, not per request.
    for (const error of errors) console.error(`Daybook content problem (not published; what was online stays): ${formatIssue(error)}`);
    if (state?.dir === dir) store = keepLastGood(store, state.store, errors);
  }
  holder.__daybookContent = { dir, store, fingerprint, checkedAt: now, cache };
  return store;
}
