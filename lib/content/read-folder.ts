import fs from "node:fs";
import path from "node:path";
import { createIssue, type ContentIssue } from "./issues";
import { format } from "date-fns";
import { RESERVED_SLUGS } from "@/lib/routes";
import { parseBriefing, type ParseResult, type ParsedDay } from "./parse-briefing";
import { parseConflict } from "./parse-conflict";
import { readText } from "./read-text";
import type { Conflict, Place } from "./schema";
import { buildGazetteer, checkPlacesNamed } from "./gazetteer";
import { parsePlaces } from "./parse-places";
import { readBaseMap } from "./read-base-map";
import type { BaseTopology } from "@/lib/maps/topology";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONFLICT_FILE = "_conflict.md";
const PLACES_FILE = "_places.yml";
const MAP_FILE = "_map.topo.json";
/** The base map's provenance and licence, for people: kept beside it, never read. */
const MAP_NOTE_FILE = "_map.source.md";
const NOT_DAYS = new Set([CONFLICT_FILE, PLACES_FILE, MAP_FILE, MAP_NOTE_FILE]);

/** A conflict's gazetteer and base map as read; either is missing when its file is absent or invalid. */
export interface ConflictGeoSource {
  places?: Place[];
  topology?: BaseTopology;
  /** Files present but invalid: a running server keeps their last good version. */
  invalid: (typeof PLACES_FILE | typeof MAP_FILE)[];
}

/** A valid day's file: what it says, and where it is. */
export interface DayFile {
  file: string;
  parsed: ParsedDay;
}

/** Everything found in a content directory: valid conflicts and days, and every problem. */
export interface ContentSnapshot {
  conflicts: Conflict[];
  /** Valid days of each conflict, oldest first. Drafts included; callers filter. */
  days: Map<string, DayFile[]>;
  /** Each conflict's gazetteer and base map, by slug. */
  geo: Map<string, ConflictGeoSource>;
  issues: ContentIssue[];
}

/**
 * Parse results by file, reused while a file's size, modification time and its
 * conflict are unchanged, so re-reading a large directory after one file changed
 * parses only that file.
 */
export type ParseCache = Map<string, { key: string; result: ParseResult }>;

/** Problems with a file or folder as a whole point at its first line. */
const top = (file: string) => ({ file, line: 1, column: 1 });

function createSnapshot(): ContentSnapshot {
  return { conflicts: [], days: new Map(), geo: new Map(), issues: [] };
}

/** Reads one conflict's folder (its `_conflict.md` and every day), e.g. to check only that conflict. */
export function readConflictFolder(dir: string): ContentSnapshot {
  const snapshot = createSnapshot();
  const slug = path.basename(dir);
  if (!SLUG.test(slug)) snapshot.issues.push(createIssue("bad-conflict-slug", top(dir), "folder name", { slug }));
  else readConflictDir(dir, slug, snapshot);
  return snapshot;
}

/** Reads a conflict's `_map.topo.json` and `_places.yml` when present. */
function readGeo(dir: string, snapshot: ContentSnapshot): ConflictGeoSource {
  const geo: ConflictGeoSource = { invalid: [] };
  const mapFile = path.join(dir, MAP_FILE);
  if (fs.existsSync(mapFile)) {
    const read = readBaseMap(mapFile);
    snapshot.issues.push(...read.issues);
    if (read.topology) geo.topology = read.topology;
    else geo.invalid.push(MAP_FILE);
  }
  const placesFile = path.join(dir, PLACES_FILE);
  if (fs.existsSync(placesFile)) {
    const read = readText(placesFile);
    const parsed = "issue" in read ? { issues: [read.issue] } : parsePlaces(placesFile, read.text);
    snapshot.issues.push(...parsed.issues);
    if (parsed.places) geo.places = parsed.places;
    else geo.invalid.push(PLACES_FILE);
  }
  return geo;
}

function readConflictDir(dir: string, slug: string, snapshot: ContentSnapshot, cache?: ParseCache): void {
  const conflictFile = path.join(dir, CONFLICT_FILE);
  const geo = readGeo(dir, snapshot);
  snapshot.geo.set(slug, geo);
  const mapObjects = geo.topology ? Object.keys(geo.topology.objects) : geo.invalid.includes(MAP_FILE) ? "invalid" : "missing";
  let conflict: Conflict | undefined;
  if (!fs.existsSync(conflictFile)) {
    snapshot.issues.push(createIssue("missing-conflict-file", top(dir), "_conflict.md"));
  } else {
    const read = readText(conflictFile);
    if ("issue" in read) snapshot.issues.push(read.issue);
    else {
      const parsed = parseConflict(conflictFile, slug, read.text, mapObjects);
      snapshot.issues.push(...parsed.issues);
      conflict = parsed.issues.length === 0 ? parsed.conflict : undefined;
      if (conflict) snapshot.conflicts.push(conflict);
    }
  }
  const days: DayFile[] = [];
  const today = format(new Date(), "yyyy-MM-dd"); // the future-date warning depends on it
  for (const name of fs.readdirSync(dir).sort()) {
    if (NOT_DAYS.has(name) || name.startsWith(".")) continue;
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
    if (parsed.day) days.push({ file, parsed: parsed.day });
  }
  snapshot.days.set(slug, days);
  // An invalid gazetteer is reported on its own: its entries cannot be checked against.
  if (!geo.invalid.includes(PLACES_FILE)) {
    const named = days.map(({ file, parsed }) => ({ file, names: parsed.front.places ?? [], at: parsed.placesAt }));
    snapshot.issues.push(...checkPlacesNamed(named, buildGazetteer(geo.places ?? [])));
  }
}

/**
 * Reads, parses and validates every file of a content directory. Nothing is
 * skipped silently: each unusable file or entry becomes an issue.
 */
export function readContent(dir: string, cache?: ParseCache): ContentSnapshot {
  const snapshot = createSnapshot();
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    snapshot.issues.push(createIssue("missing-content-dir", top(dir), "CONTENT_DIR"));
    return snapshot;
  }
  for (const name of fs.readdirSync(dir).sort()) {
    const entry = path.join(dir, name);
    if (name.startsWith(".") || name === "README.md") continue;
    const stat = fs.lstatSync(entry);
    if (!stat.isDirectory()) {
      snapshot.issues.push(createIssue("stray-file", top(entry), "file"));
    } else if (!SLUG.test(name)) {
      snapshot.issues.push(createIssue("bad-conflict-slug", top(entry), "folder name", { slug: name }));
    } else if (RESERVED_SLUGS.has(name)) {
      snapshot.issues.push(createIssue("reserved-slug", top(entry), "folder name", { slug: name }));
    } else {
      readConflictDir(entry, name, snapshot, cache);
    }
  }
  snapshot.conflicts.sort((a, b) => a.name.localeCompare(b.name));
  return snapshot;
}
