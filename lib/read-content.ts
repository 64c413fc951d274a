import fs from "node:fs";
import path from "node:path";
import type { ContentIssue } from "./errors";
import { format } from "date-fns";
import { parseBriefing } from "./parse-briefing";
import { parseConflict } from "./parse-conflict";
import type { Briefing, Conflict } from "./schema";

/** Largest content file accepted; a day's briefing is a few kilobytes. */
const MAX_FILE_BYTES = 1024 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONFLICT_FILE = "_conflict.md";
/** Top-level paths of the site that a conflict's slug would shadow or be shadowed by. */
const RESERVED_SLUGS = new Set(["search", "icon", "opengraph-image", "api", "static"]);

/** Everything found in a content directory: valid conflicts and briefings, and every problem. */
export interface ContentSnapshot {
  conflicts: Conflict[];
  /** Briefings of each conflict, oldest first. Drafts included; callers filter. */
  briefings: Map<string, Briefing[]>;
  /** Path of each briefing's file, keyed by `slug/date`. */
  files: Map<string, string>;
  issues: ContentIssue[];
}

/**
 * Parse results by file, reused while a file's size, modification time and its
 * conflict are unchanged, so re-reading a large directory after one file changed
 * parses only that file.
 */
export type ParseCache = Map<string, { key: string; result: ReturnType<typeof parseBriefing> }>;

/** Resolves the content directory: `CONTENT_DIR` (absolute or relative to cwd), else `content/`. */
export function getContentDir(env: NodeJS.ProcessEnv = process.env): string {
  // Content is read at run time from wherever CONTENT_DIR points, so keep the bundler from tracing it.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.CONTENT_DIR || "content");
}

function issueAt(file: string, field: string, message: string, hint: string): ContentIssue {
  return { file, line: 1, column: 1, field, message, hint };
}

/** Reads a file as strict UTF-8 text, or returns the reason it cannot be used. */
function readText(file: string, stat?: fs.Stats): { text: string } | { issue: ContentIssue } {
  try {
    return readTextOrThrow(file, stat ?? fs.lstatSync(file));
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "an I/O error";
    return { issue: issueAt(file, "file", `could not be read (${reason})`, "check that the file exists and is readable") };
  }
}

function readTextOrThrow(file: string, stat: fs.Stats): { text: string } | { issue: ContentIssue } {
  if (stat.isSymbolicLink()) return { issue: issueAt(file, "file", "symbolic links are not allowed in the content directory", "replace the link with the file itself") };
  if (!stat.isFile()) return { issue: issueAt(file, "file", "is not a regular file", "remove it from the content directory") };
  if (stat.size > MAX_FILE_BYTES) return { issue: issueAt(file, "file", `is ${stat.size} bytes; the limit is ${MAX_FILE_BYTES}`, "split or shorten the briefing") };
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { issue: issueAt(file, "file", "is not valid UTF-8 text", "save the file as UTF-8 in your editor") };
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const before = text.slice(0, nul).split(/\r\n?|\n/);
    return { issue: { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, field: "file", message: "contains a NUL byte", hint: "remove the invisible NUL character (re-save the file as plain UTF-8 text)" } };
  }
  return { text };
}

function createSnapshot(): ContentSnapshot {
  return { conflicts: [], briefings: new Map(), files: new Map(), issues: [] };
}

/** Reads one conflict's folder (its `_conflict.md` and every day), e.g. to check only that conflict. */
export function readConflictFolder(dir: string): ContentSnapshot {
  const snapshot = createSnapshot();
  const slug = path.basename(dir);
  if (!SLUG.test(slug)) snapshot.issues.push(issueAt(dir, "folder name", `"${slug}" is not a valid conflict slug`, "use lowercase letters, digits and hyphens, e.g. russia-ukraine"));
  else readConflictDir(dir, slug, snapshot);
  return snapshot;
}

function readConflictDir(dir: string, slug: string, snapshot: ContentSnapshot, cache?: ParseCache): void {
  const conflictFile = path.join(dir, CONFLICT_FILE);
  let conflict: Conflict | undefined;
  if (!fs.existsSync(conflictFile)) {
    snapshot.issues.push(issueAt(dir, "_conflict.md", "the conflict has no _conflict.md", "add _conflict.md with front matter name: … and start: YYYY-MM-DD"));
  } else {
    const read = readText(conflictFile);
    if ("issue" in read) snapshot.issues.push(read.issue);
    else {
      const parsed = parseConflict(conflictFile, slug, read.text);
      snapshot.issues.push(...parsed.issues);
      conflict = parsed.issues.length === 0 ? parsed.conflict : undefined;
      if (conflict) snapshot.conflicts.push(conflict);
    }
  }
  const briefings: Briefing[] = [];
  const today = format(new Date(), "yyyy-MM-dd"); // the future-date warning depends on it
  for (const name of fs.readdirSync(dir).sort()) {
    if (name === CONFLICT_FILE || name.startsWith(".")) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      continue; // removed between listing and reading (e.g. during a git pull): it is gone
    }
    const key = `${stat.mtimeMs}:${stat.size}:${conflict?.name}:${conflict?.start}:${today}`;
    let parsed = cache?.get(file)?.key === key ? cache.get(file)!.result : undefined;
    if (!parsed) {
      const read = readText(file, stat);
      parsed = "issue" in read ? { issues: [read.issue] } : parseBriefing(file, name, read.text, conflict, { today });
      cache?.set(file, { key, result: parsed });
    }
    snapshot.issues.push(...parsed.issues);
    if (parsed.briefing) {
      briefings.push(parsed.briefing);
      snapshot.files.set(`${slug}/${parsed.briefing.date}`, file);
    }
  }
  snapshot.briefings.set(slug, briefings);
}

/**
 * Reads, parses and validates every file of a content directory. Nothing is
 * skipped silently: each unusable file or entry becomes an issue.
 */
export function readContent(dir: string, cache?: ParseCache): ContentSnapshot {
  const snapshot = createSnapshot();
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    snapshot.issues.push(issueAt(dir, "CONTENT_DIR", "the content directory does not exist", "create it, or point CONTENT_DIR at the folder that holds the conflicts"));
    return snapshot;
  }
  for (const name of fs.readdirSync(dir).sort()) {
    const entry = path.join(dir, name);
    if (name.startsWith(".") || name === "README.md") continue;
    const stat = fs.lstatSync(entry);
    if (!stat.isDirectory()) {
      snapshot.issues.push(issueAt(entry, "file", "files belong in a conflict's folder, not at the top of the content directory", "move it into content/<conflict>/"));
    } else if (!SLUG.test(name)) {
      snapshot.issues.push(issueAt(entry, "folder name", `"${name}" is not a valid conflict slug`, "use lowercase letters, digits and hyphens, e.g. russia-ukraine"));
    } else if (RESERVED_SLUGS.has(name)) {
      snapshot.issues.push(issueAt(entry, "folder name", `"${name}" is reserved for a page of the site`, "choose another slug, e.g. a longer, more specific name"));
    } else {
      readConflictDir(entry, name, snapshot, cache);
    }
  }
  snapshot.conflicts.sort((a, b) => a.name.localeCompare(b.name));
  return snapshot;
}
