import { DEFAULT_LICENSE, LICENSE_IDS } from "@/lib/licenses";
import { createIssue, type ContentIssue } from "./issues";
import { parseFrontMatter } from "./front-matter";
import { markdown, renderBlocks } from "./markdown";
import { findMergeMarkers } from "./merge-markers";
import { checkMarkdown } from "./markdown-checks";
import type { FieldPath, Locate } from "./parse-yaml";
import { conflictFrontMatterSchema, type Conflict, type ConflictMapSettings, type FigureDefinition } from "./schema";
import { mapZodIssues } from "./zod-issues";

const HINTS = {
  name: 'give the conflict\'s name, e.g. name: "Russia–Ukraine war"',
  start: "give day 1 of the war as YYYY-MM-DD, e.g. start: 2022-02-24",
  summary: "write one sentence of 1–300 characters, or remove the line",
  citations: "write citations: required to make every item cite a source, or citations: optional (the default)",
  license: `write the SPDX id of one of ${LICENSE_IDS.join(", ")}, or remove the line to publish under ${DEFAULT_LICENSE}`,
  figures: 'list the figures days may report as "- key: civilians-killed" with "  label: …" and "  unit: …" under each',
  "figures.key": "give the figure a slug that days report it by, e.g. key: civilians-killed",
  "figures.label": 'give the figure\'s name as readers see it, e.g. label: "Civilians killed (UN-verified)"',
  "figures.unit": "give what it counts, e.g. unit: people",
  "figures.cumulative": "write cumulative: true for a running total (it only rises), or remove the line",
  "figures.description": "say in a sentence what the figure counts and who counts it, or remove the line",
  map: "name the objects of _map.topo.json to draw, e.g. map: { outline: countries, regions: regions }",
  "map.outline": "name the object of _map.topo.json with the countries (or land) to draw, e.g. outline: countries",
  "map.frame": "give the area to show in degrees, e.g. frame: { west: 33.5, south: 29.5, east: 36.5, north: 33.5 }",
  "map.west": "give the longitude of the map's western edge, from -180 to 180",
  "map.east": "give the longitude of the map's eastern edge, from -180 to 180",
  "map.south": "give the latitude of the map's southern edge, from -90 to 90",
  "map.north": "give the latitude of the map's northern edge, from -90 to 90",
};

const FIGURE_KEYS = ["key", "label", "unit", "cumulative", "description"];

/** Each declared figure once: the same key twice is an error (DB115) at the second. */
function checkDeclarations(file: string, figures: readonly { key: string }[], locate: Locate): ContentIssue[] {
  const first = new Map<string, number>();
  return figures.flatMap(({ key }, index) => {
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return [];
    }
    const at = { file, ...locate(["figures", index, "key"], "value") };
    return [createIssue("duplicate-figure", at, `figures[${index}].key`, { key, firstLine: locate(["figures", seen, "key"], "value").line, declared: true })];
  });
}


const KEYS: Record<string, readonly string[]> = {
  "": Object.keys(conflictFrontMatterSchema.shape),
  map: ["outline", "regions", "lakes", "rivers", "frame"],
  "map.frame": ["west", "south", "east", "north"],
  figures: FIGURE_KEYS,
};

/** The conflict's base map as far as `map:` is concerned: its objects, none ("missing"), or unusable ("invalid": reported on its own). */
export type MapFileObjects = readonly string[] | "missing" | "invalid";

const OBJECT_KEYS = ["outline", "regions", "lakes", "rivers"] as const;

/** `map:` against `_map.topo.json`: every object it names must exist, and a base map needs an outline. */
function checkMapObjects(file: string, map: ConflictMapSettings | undefined, objects: MapFileObjects, locate: Locate): ContentIssue[] {
  if (objects === "invalid") return [];
  if (objects !== "missing" && !map?.outline) {
    const at = map ? locate(["map"], "key") : { line: 2, column: 1 };
    return [createIssue("missing-field", { file, ...at }, "map.outline", { fieldHint: HINTS.map })];
  }
  return OBJECT_KEYS.flatMap((key) => {
    const object = map?.[key];
    if (object === undefined) return [];
    const at = { file, ...locate(["map", key], "value") };
    if (objects === "missing") return [createIssue("no-map-file", at, `map.${key}`, { object })];
    return objects.includes(object) ? [] : [createIssue("unknown-map-object", at, `map.${key}`, { object, objects })];
  });
}

/**
 * Parses and validates a `_conflict.md` file. `mapObjects` are the objects of the
 * conflict's `_map.topo.json` (read first), which `map:` must name.
 */
export function parseConflict(file: string, slug: string, text: string, mapObjects: MapFileObjects = "missing"): { conflict?: Conflict; issues: ContentIssue[] } {
  const markers = findMergeMarkers(file, text);
  if (markers.length > 0) return { issues: markers };
  const split = parseFrontMatter(file, text);
  if (split.data === undefined) return { issues: split.issues };
  const result = conflictFrontMatterSchema.safeParse(split.data ?? {}, { reportInput: true });
  if (!result.success) {
    const allowed = (path: FieldPath) => KEYS[path.filter((p) => typeof p === "string").join(".")] ?? KEYS[""]!;
    return { issues: mapZodIssues(file, result.error, split.locate, allowed, HINTS) };
  }
  const mapIssues = checkMapObjects(file, result.data.map, mapObjects, split.locate);
  if (mapIssues.length > 0) return { issues: mapIssues };
  const { figures: declared, ...front } = result.data;
  const tokens = markdown.parse(split.body, {}); // parsed once: checked, then rendered
  const issues = [...checkDeclarations(file, declared ?? [], split.locate), ...checkMarkdown(file, split.body, tokens, split.bodyStartLine)];
  if (issues.length > 0) return { issues };
  const aboutHtml = renderBlocks(tokens) || undefined;
  const figures = declared?.map((figure): FigureDefinition => ({ ...figure, cumulative: figure.cumulative ?? false }));
  return { conflict: { slug, ...front, aboutHtml, ...(figures ? { figures } : {}) }, issues };
}
