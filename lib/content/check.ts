import fs from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { enrichBriefing } from "./enrich";
import { readGitLog, type GitLog } from "./git-log";
import { buildGazetteer } from "./gazetteer";
import { findFigureFalls } from "./figure-history";
import { formatIssuePath, sortIssues, type ContentIssue } from "./issues";
import { readConflictFolder, readContent, type ConflictGeoSource, type ContentSnapshot, type ParseCache } from "./read-folder";
import { computeHistories, formatDayKey, type RevisionStatusCache } from "./revisions";
import type { Briefing, Conflict } from "./schema";

/** A content folder read and enriched, drafts included, with every problem: what the checker and the bench need. */
export interface LoadedContent {
  conflicts: Conflict[];
  /** Valid briefings of each conflict, oldest first, drafts included. */
  briefings: Map<string, Briefing[]>;
  /** Each conflict's gazetteer and base map, as read. */
  geo: Map<string, ConflictGeoSource>;
  issues: ContentIssue[];
}

function enrichSnapshot(snapshot: ContentSnapshot, keep: (file: string) => boolean = () => true): LoadedContent {
  const briefings = new Map<string, Briefing[]>();
  const issues = [...snapshot.issues];
  for (const conflict of snapshot.conflicts) {
    const all = snapshot.days.get(conflict.slug) ?? [];
    // Across the conflict's days, whichever files are kept: a figure's previous report may be in another file.
    issues.push(...findFigureFalls(conflict, all));
    const gazetteer = buildGazetteer(snapshot.geo.get(conflict.slug)?.places ?? []);
    briefings.set(conflict.slug, all.filter((day) => keep(day.file)).map((day) => enrichBriefing(day.parsed, conflict, undefined, gazetteer)));
  }
  return { conflicts: snapshot.conflicts, briefings, geo: snapshot.geo, issues };
}

/** Reads, parses, validates and enriches a whole content folder (no git dates: they need a repository). */
export function loadContent(dir: string, cache?: ParseCache): LoadedContent {
  return enrichSnapshot(readContent(dir, cache));
}

/** A content folder's history as `loadContentHistory` read it. */
export interface ContentHistory {
  /** Published revisions of each tracked day, by `<conflict>/<date>`. */
  counts: Map<string, number>;
  /** What a later reading starts from, as a running server's refresh does. */
  reading?: { log: GitLog; statuses: RevisionStatusCache };
}

/**
 * How many published revisions git has of each day of a content folder (drafts
 * included), read as the store reads them: one `git log` and one `git cat-file
 * --batch` for the past versions; given an earlier reading, only what changed
 * since, as a refresh does. Empty outside a git repository. For tools and the
 * bench; pass a parse cache to reuse parsing.
 */
export function loadContentHistory(dir: string, options: { cache?: ParseCache; previous?: ContentHistory } = {}): ContentHistory {
  const snapshot = readContent(dir, options.cache);
  const log = readGitLog(dir, options.previous?.reading?.log);
  const counts = new Map<string, number>();
  if (!log) return { counts };
  const statuses = options.previous?.reading?.statuses ?? new Map();
  const days = snapshot.conflicts.flatMap((conflict) => (snapshot.days.get(conflict.slug) ?? []).map((day) => ({ conflict, day })));
  const dates = new Map(days.map(({ day }) => [day.file, day.parsed.date]));
  for (const history of computeHistories(dir, log, days, statuses).values()) {
    counts.set(formatDayKey(history.conflict.slug, dates.get(history.file)!), history.revisions.length);
  }
  return { counts, reading: { log, statuses } };
}

/**
 * What `content:check` reports for its arguments: the whole content folder, or
 * only some files or conflict folders, each read with its whole conflict so that
 * the start date applies. Issues are sorted by file, line and column.
 */
export function checkContent(targets: readonly string[]): { content: LoadedContent; issues: ContentIssue[]; label: string } {
  if (targets.length === 0) {
    const { contentDir } = getConfig();
    const content = loadContent(contentDir);
    return { content, issues: sortIssues(content.issues), label: formatIssuePath(contentDir) };
  }
  const merged: LoadedContent = { conflicts: [], briefings: new Map(), geo: new Map(), issues: [] };
  for (const target of targets.map((t) => path.resolve(t))) {
    const isFile = fs.existsSync(target) && fs.statSync(target).isFile();
    const folder = isFile ? path.dirname(target) : target;
    const inTarget = (file: string) => file === target || file.startsWith(`${target}${path.sep}`);
    const snapshot = fs.existsSync(path.join(folder, "_conflict.md")) ? readConflictFolder(folder) : readContent(folder);
    const content = enrichSnapshot(snapshot, inTarget);
    for (const issue of content.issues) if (inTarget(issue.file)) merged.issues.push(issue);
    for (const [slug, list] of content.briefings) merged.briefings.set(slug, [...(merged.briefings.get(slug) ?? []), ...list]);
    for (const conflict of content.conflicts) if (!merged.conflicts.some((c) => c.slug === conflict.slug)) merged.conflicts.push(conflict);
  }
  return { content: merged, issues: sortIssues(merged.issues), label: targets.join(", ") };
}

/** The text of a file named by an issue, for its code frame; empty when it is not a readable file. */
export function readIssueSource(file: string): string {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
}
