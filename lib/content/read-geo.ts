import fs from "node:fs";
import path from "node:path";
import type { BaseTopology } from "@/lib/maps/topology";
import type { ContentIssue } from "./issues";
import { parsePlaces } from "./parse-places";
import { readBaseMap } from "./read-base-map";
import { readText } from "./read-text";
import type { Place } from "./schema";

export const PLACES_FILE = "_places.yml";
export const MAP_FILE = "_map.topo.json";
/** The base map's provenance and licence, for people: kept beside it, never read. */
const MAP_NOTE_FILE = "_map.source.md";
/** A conflict folder's files about places and maps (not days). */
export const GEO_FILES = [PLACES_FILE, MAP_FILE, MAP_NOTE_FILE] as const;

/** A conflict's gazetteer and base map as read; either is missing when its file is absent or invalid. */
export interface ConflictGeoSource {
  places?: Place[];
  topology?: BaseTopology;
  /** Files present but invalid: a running server keeps their last good version. */
  invalid: (typeof PLACES_FILE | typeof MAP_FILE)[];
}

/** Reads a conflict folder's `_map.topo.json` and `_places.yml` when present, with every problem they have. */
export function readGeo(dir: string): { source: ConflictGeoSource; issues: ContentIssue[] } {
  const source: ConflictGeoSource = { invalid: [] };
  const issues: ContentIssue[] = [];
  const mapFile = path.join(dir, MAP_FILE);
  if (fs.existsSync(mapFile)) {
    const read = readBaseMap(mapFile);
    issues.push(...read.issues);
    if (read.topology) source.topology = read.topology;
    else source.invalid.push(MAP_FILE);
  }
  const placesFile = path.join(dir, PLACES_FILE);
  if (fs.existsSync(placesFile)) {
    const read = readText(placesFile);
    const parsed = "issue" in read ? { issues: [read.issue] } : parsePlaces(placesFile, read.text);
    issues.push(...parsed.issues);
    if (parsed.places) source.places = parsed.places;
    else source.invalid.push(PLACES_FILE);
  }
  return { source, issues };
}
