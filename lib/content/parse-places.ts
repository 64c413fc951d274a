import { formatTagSlug } from "@/lib/tags";
import { normalizeText } from "./front-matter";
import { createIssue, type ContentIssue } from "./issues";
import { parseYaml } from "./parse-yaml";
import { GAZETTEER_KEYS, gazetteerFileSchema, type Place } from "./schema";
import { mapZodIssues, type FieldHints } from "./zod-issues";

const HINTS: FieldHints = {
  places: 'list places as "- name: Pokrovsk" with "  lat: 48.2833" and "  lon: 37.1833" under each',
  "places.name": "give the place's name as the briefings' places: lists spell it, e.g. name: Pokrovsk",
  "places.lat": "give the latitude in WGS84 decimal degrees, from -90 (south) to 90 (north), e.g. lat: 48.2833",
  "places.lon": "give the longitude in WGS84 decimal degrees, from -180 (west) to 180 (east), e.g. lon: 37.1833",
  "places.aliases": "list other spellings the places: lists may use, e.g. aliases: [Kiev]",
  "places.kind": "write one of: settlement, facility, region, country, sea, river, other (or leave it out for a settlement)",
};

/** The keys an entry may have, "lon" before "lat": a misspelt "lng" is as close to both, and it means the longitude. */
const KEYS = [...GAZETTEER_KEYS].sort((a, b) => Number(b === "lon") - Number(a === "lon"));

/** What parsing `_places.yml` gives: every problem, and the places when there is no error. */
export interface ParsedPlaces {
  places?: Place[];
  issues: ContentIssue[];
}

/**
 * Parses and validates a conflict's gazetteer, `_places.yml`: a list of places,
 * each with `name`, `lat` and `lon` and optionally `aliases` and `kind`. Every
 * problem is positioned: bad YAML, unknown keys (with a "did you mean"),
 * missing or non-numeric coordinates, coordinates out of range, and a name or
 * alias given twice (compared as slugs, as place pages are).
 */
export function parsePlaces(file: string, text: string): ParsedPlaces {
  const yaml = parseYaml(file, normalizeText(text), 0, "_places.yml");
  if (yaml.data === undefined) return { issues: yaml.issues };
  // Wrapped as { places: … } so that problems are named places[3].lat; an empty file is an empty list.
  const locate = (path: readonly (string | number)[], part?: "key" | "value") => yaml.locate(path.slice(1), part);
  const result = gazetteerFileSchema.safeParse({ places: yaml.data ?? [] }, { reportInput: true });
  if (!result.success) return { issues: mapZodIssues(file, result.error, locate, () => KEYS, HINTS) };

  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  const places = result.data.places.map((entry, index): Place => {
    const spellings = [
      { name: entry.name, path: [index, "name"], field: `places[${index}].name` },
      ...(entry.aliases ?? []).map((alias, j) => ({ name: alias, path: [index, "aliases", j], field: `places[${index}].aliases[${j}]` })),
    ];
    for (const { name, path, field } of spellings) {
      const at = yaml.locate(path, "value");
      const slug = formatTagSlug(name);
      const first = seen.get(slug);
      if (first !== undefined) issues.push(createIssue("duplicate-place", { file, ...at }, field, { name, firstLine: first }));
      else seen.set(slug, at.line);
    }
    return { name: entry.name, slug: formatTagSlug(entry.name), lat: entry.lat, lon: entry.lon, kind: entry.kind ?? "settlement", aliases: entry.aliases ?? [] };
  });
  return issues.length > 0 ? { issues } : { places, issues };
}
