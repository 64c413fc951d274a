import { formatTagSlug } from "@/lib/tags";
import { createIssue, type ContentIssue } from "./issues";
import type { Position } from "./parse-yaml";
import type { Place } from "./schema";

/** A conflict's places with coordinates, found by name or alias whatever the case or accents. */
export interface Gazetteer {
  places: readonly Place[];
  find(name: string): Place | undefined;
}

/** Builds the lookup of a gazetteer's places by the slugs of their names and aliases. */
export function buildGazetteer(places: readonly Place[]): Gazetteer {
  const bySlug = new Map<string, Place>();
  for (const place of places) for (const name of [place.name, ...place.aliases]) bySlug.set(formatTagSlug(name), place);
  return { places, find: (name) => bySlug.get(formatTagSlug(name)) };
}

/** The places a day's file names, with the position of each in its `places:` list. */
export interface NamedPlaces {
  file: string;
  names: readonly string[];
  at: readonly Position[];
}

/**
 * A warning for each place a day names that the gazetteer does not have (no
 * `_places.yml` at all counts as an empty one): it cannot be drawn on a map.
 */
export function checkPlacesNamed(days: readonly NamedPlaces[], gazetteer: Gazetteer): ContentIssue[] {
  return days.flatMap(({ file, names, at }) =>
    names.flatMap((name, index) =>
      gazetteer.find(name) ? [] : [createIssue("place-without-coordinates", { file, ...(at[index] ?? { line: 1, column: 1 }) }, `places[${index}]`, { name })],
    ),
  );
}
