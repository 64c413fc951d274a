import fs from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { enrichBriefing } from "./enrich";
import { findFigureFalls } from "./figure-history";
import { formatIssuePath, sortIssues, type ContentIssue } from "./issues";
import { readConflictFolder, readContent, type ContentSnapshot, type ParseCache } from "./read-folder";
import type { Briefing, Conflict } from "./schema";

/** A content folder read and enriched, drafts included, with every problem: what the checker and the bench need. */
export interface LoadedContent {
  conflicts: Conflict[];
  /** Valid briefings of each conflict, oldest first, drafts included. */
  briefings: Map<string, Briefing[]>;
  issues: ContentIssue[];
}

function enrichSnapshot(snapshot: ContentSnapshot, keep: (file: string) => boolean = () => true): LoadedContent {
  const briefings = new Map<string, Briefing[]>();
  const issues = [...snapshot.issues];
  for (const conflict of snapshot.conflicts) {
    const all = snapshot.days.get(conflict.slug) ?? [];
    // Across the conflict's days, whichever files are kept: a figure's previous report may be in another file.
    issues.push(...findFigureFalls(conflict, all));
    briefings.set(conflict.slug, all.filter((day) => keep(day.file)).map((day) => enrichBriefing(day.parsed, conflict)));
  }
  return { conflicts: snapshot.conflicts, briefings, issues };
}

/** Reads, parses, validates and enriches a whole content folder (no git dates: they need a repository). */
export function loadContent(dir: string, cache?: ParseCache): LoadedContent {
  return enrichSnapshot(readContent(dir, cache));
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
  const merged: LoadedContent = { conflicts: [], briefings: new Map(), issues: [] };
  for (const target of targets.map((t) => path.resolve(t))) {
    const isFile = fs.existsSync(target) && fs.statSync(target).isFile();
    const folder = isFile ? path.dirname(target) : target;
    const inTarget = (file: string) => file === target || file.startsWith(`${target}${path.sep}`);
    const snapshot = fs.existsSync(path.join(folder, "_conflict.md")) ? readConflictFolder(folder) : readContent(folder);
    const content = enrichSnapshot(snapshot, inTarget);
    merged.issues.push(...content.issues.filter((issue) => inTarget(issue.file)));
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
