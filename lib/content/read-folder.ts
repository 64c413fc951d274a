import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createIssue, type ContentIssue } from "./issues";
import { format } from "date-fns";
import { RESERVED_SLUGS } from "@/lib/routes";
import { parseBriefing, type ParseResult, type ParsedDay } from "./parse-briefing";
import { parseConflict } from "./parse-conflict";
import { isFolder, listFolder } from "./list-folder";
import { readText } from "./read-text";
import { SLUG, type Conflict } from "./schema";
import { buildGazetteer, checkPlacesNamed } from "./gazetteer";
import { GEO_FILES, MAP_FILE, PLACES_FILE, readGeo, type ConflictGeoSource } from "./read-geo";

export type { ConflictGeoSource };

const CONFLICT_FILE = "_conflict.md";
/** A conflict folder's files that are not days. */
const NOT_DAYS = new Set([CONFLICT_FILE, ...GEO_FILES]);

/** A valid day's file: what it says, and where it is. */
export interface DayFile {
  file: string;
  parsed: ParsedDay;
  /** Its git blob id, to find it in the content's history. */
  blob?: string;
}

/** Everything found in a content directory: valid conflicts and days, and every problem. */
export interface ContentSnapshot {
  conflicts: Conflict[];
  /** Valid days of each conflict, oldest first. Drafts included; callers filter. */
  days: Map<string, DayFile[]>;
  /** Each conflict's gazetteer and base map, by slug. */
  geo: Map<string, ConflictGeoSource>;
  issues: ContentIssue[];
  /** Conflict folders found (valid or not, slug-named): none when the content folder is missing or empty. */
  folders: number;
}

/**
 * Parse results by file, reused while a file's size, modification time and its
 * conflict are unchanged, so re-reading a large directory after one file changed
 * parses only that file.
 */
export type ParseCache = Map<string, { key: string; result: ParseResult; blob?: string }>;

/** Problems with a file or folder as a whole point at its first line. */
const top = (file: string) => ({ file, line: 1, column: 1 });

function createSnapshot(): ContentSnapshot {
  return { conflicts: [], days: new Map(), geo: new Map(), issues: [], folders: 0 };
}

/** Reads one conflict's folder (its `_conflict.md` and every day), e.g. to check only that conflict. */
export function readConflictFolder(dir: string): ContentSnapshot {
  const snapshot = createSnapshot();
  const slug = path.basename(dir);
  if (!SLUG.test(slug)) snapshot.issues.push(createIssue("bad-conflict-slug", top(dir), "folder name", { slug }));
  else readConflictDir(dir, slug, snapshot);
  return snapshot;
}

function readConflictDir(dir: string, slug: string, snapshot: ContentSnapshot, cache?: ParseCache): void {
  const conflictFile = path.join(dir, CONFLICT_FILE);
  const geo = readGeo(dir);
  snapshot.issues.push(...geo.issues);
  snapshot.geo.set(slug, geo.source);
  const { topology, invalid } = geo.source;
  const mapObjects = topology ? Object.keys(topology.objects) : invalid.includes(MAP_FILE) ? "invalid" : "missing";
  let conflict: Conflict | undefined;
  if (!fs.existsSync(conflictFile)) {
    snapshot.issues.push(createIssue("missing-conflict-file", top(dir), "_conflict.md"));
  } else {
    const read = readText(conflictFile);
    if ("issue" in read) snapshot.issues.push(read.issue);
    else {
      const parsed = parseConflict(conflictFile, slug, read.text, mapObjects);
      for (const issue of parsed.issues) snapshot.issues.push(issue);
      conflict = parsed.issues.length === 0 ? parsed.conflict : undefined;
      if (conflict) snapshot.conflicts.push(conflict);
    }
  }
  const days: DayFile[] = [];
  const today = format(new Date(), "yyyy-MM-dd"); // the future-date warning depends on it
  // The declared figures (keys for the checks, labels for the sources' links back), once per conflict.
  const figures = conflict?.figures ? createHash("sha1").update(JSON.stringify(conflict.figures)).digest("base64url") : "";
  for (const name of listFolder(dir)) {
    if (NOT_DAYS.has(name) || name.startsWith(".")) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      continue; // removed between listing and reading (e.g. during a git pull): it is gone
    }
    // Everything of the conflict that a day's result depends on: its name and start, its citation policy and its figures.
    const key = `${stat.mtimeMs}:${stat.size}:${conflict?.name}:${conflict?.start}:${conflict?.citations}:${figures}:${today}`;
    const cached = cache?.get(file)?.key === key ? cache.get(file) : undefined;
    let parsed = cached?.result;
    let blob = cached?.blob;
    if (!parsed) {
      const read = readText(file, stat);
      parsed = "issue" in read ? { issues: [read.issue] } : parseBriefing(file, name, read.text, conflict, { today });
      blob = "issue" in read ? undefined : read.blob;
      cache?.set(file, { key, result: parsed, blob });
    }
    for (const issue of parsed.issues) snapshot.issues.push(issue); // not push(...): a file may have very many
    if (parsed.day) days.push({ file, parsed: parsed.day, blob });
  }
  snapshot.days.set(slug, days);
  // An invalid gazetteer is reported on its own: its entries cannot be checked against.
  if (!invalid.includes(PLACES_FILE)) {
    const named = days.map(({ file, parsed }) => ({ file, names: parsed.front.places ?? [], at: parsed.placesAt }));
    snapshot.issues.push(...checkPlacesNamed(named, buildGazetteer(geo.source.places ?? [])));
  }
}

/**
 * Reads, parses and validates every file of a content directory. Nothing is
 * skipped silently: each unusable file or entry becomes an issue.
 */
export function readContent(dir: string, cache?: ParseCache): ContentSnapshot {
  const snapshot = createSnapshot();
  if (!isFolder(dir)) return missingFolder(dir);
  for (const name of listFolder(dir)) {
    const entry = path.join(dir, name);
    if (name.startsWith(".") || name === "README.md") continue;
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(entry);
    } catch {
      continue; // removed since the listing
    }
    if (!stat.isDirectory()) {
      snapshot.issues.push(createIssue("stray-file", top(entry), "file"));
    } else if (!SLUG.test(name)) {
      snapshot.issues.push(createIssue("bad-conflict-slug", top(entry), "folder name", { slug: name }));
    } else if (RESERVED_SLUGS.has(name)) {
      snapshot.issues.push(createIssue("reserved-slug", top(entry), "folder name", { slug: name }));
    } else {
      snapshot.folders++;
      readConflictDir(entry, name, snapshot, cache);
    }
  }
  // Gone while it was read (an unmounted volume, a checkout that moved it): what was read is partial.
  if (!isFolder(dir)) return missingFolder(dir);
  snapshot.conflicts.sort((a, b) => a.name.localeCompare(b.name));
  return snapshot;
}

function missingFolder(dir: string): ContentSnapshot {
  const snapshot = createSnapshot();
  snapshot.issues.push(createIssue("missing-content-dir", top(dir), "CONTENT_DIR"));
  return snapshot;
}

