import { drawMap, type MapDrawing, type MarkerRequest } from "@/lib/maps/draw-map";
import type { GeoExtent } from "@/lib/maps/frame";
import type { MapSetting } from "./conflict-maps";
import type { ConflictIndex } from "./indexes";
import { formatTagSlug } from "@/lib/tags";
import { POINT_KINDS, type PlaceKind } from "@/lib/maps/place-kinds";
import type { Briefing, Place } from "./schema";

/** Widths of the maps in SVG units (about pixels at the size the pages show them). */
export const MAP_WIDTHS = { day: 560, place: 560, conflict: 720 } as const;
const FONT_SIZES = { day: 15, place: 15, conflict: 13 } as const;
/** The largest marker of a map that counts days; areas are proportional to days. */
const MAX_RADIUS = 22;

/** A place as the maps and their text lists show it. */
export interface MapPlace {
  name: string;
  slug: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Days that name it, on maps that count them. */
  days?: number;
  /** False when it lies beyond the conflict's own map (it is drawn on a wider or a world map). */
  onRegionMap: boolean;
}

/** Places drawn on the conflict's own map and, for those beyond it, on a wider or a world map. */
export interface PlacesMap {
  places: MapPlace[];
  region?: MapDrawing;
  beyond?: MapDrawing;
}

/** True when a place falls inside a frame (with a margin, so that markers are not cut in half). */
function isInFrame({ frame }: MapSetting, place: Place): boolean {
  const point = frame.projection([place.lon, place.lat]);
  return point !== null && point[0] >= 4 && point[0] <= frame.width - 4 && point[1] >= 4 && point[1] <= frame.height - 4;
}

function toMarker(place: Place, r: number, days?: number): MarkerRequest {
  return { slug: place.slug, name: place.name, shape: POINT_KINDS.has(place.kind) ? "point" : "area", lon: place.lon, lat: place.lat, r, days };
}

/**
 * Draws places on the conflict's own map, and those beyond it (or all of them,
 * when the conflict has no map of its own) on a world map with the conflict's
 * area outlined. Labels are placed in the order given: the most important first.
 */
function drawPlaces(index: ConflictIndex, places: readonly { place: Place; days?: number; r: number }[], size: keyof typeof MAP_WIDTHS): PlacesMap {
  const region = index.maps.getRegion(MAP_WIDTHS[size]);
  const near = places.filter(({ place }) => region && isInFrame(region, place));
  const onRegion = new Set(near.map(({ place }) => place));
  const far = places.filter(({ place }) => !onRegion.has(place));
  const fontSize = FONT_SIZES[size];
  const beyond = far.length > 0 ? index.maps.getBeyond(far.map(({ place }) => place), MAP_WIDTHS[size]) : undefined;
  const draw = (setting: MapSetting, entries: typeof places, inset?: GeoExtent) =>
    drawMap(setting.base, setting.frame, entries.map(({ place, r, days }) => toMarker(place, r, days)), { fontSize, scope: setting.scope, base: setting.baseName, inset });
  return {
    places: places.map(({ place, days }) => ({ name: place.name, slug: place.slug, kind: place.kind, lat: place.lat, lon: place.lon, days, onRegionMap: onRegion.has(place) })),
    region: region && near.length > 0 ? draw(region, near) : undefined,
    beyond: beyond && draw(beyond, far, region?.frame.extent),
  };
}

/** A day's places on a map, in the day's order; undefined when none of its places has coordinates. */
export function computeDayMap(index: ConflictIndex, briefing: Briefing): PlacesMap | undefined {
  const places = briefing.places.flatMap((name) => index.maps.gazetteer.find(name) ?? []);
  if (places.length === 0) return undefined;
  return drawPlaces(index, places.map((place) => ({ place, r: POINT_KINDS.has(place.kind) ? 5 : 7 })), "day");
}

/** One place on a locator map, or undefined when it has no coordinates. */
export function computePlaceMap(index: ConflictIndex, name: string): PlacesMap | undefined {
  const place = index.maps.gazetteer.find(name);
  return place && drawPlaces(index, [{ place, r: POINT_KINDS.has(place.kind) ? 6 : 8 }], "place");
}

/** Days per place among some briefings, by the place's slug (as its page is), with the first spelling met. */
export function countPlaceDays(briefings: readonly Briefing[]): Map<string, { name: string; days: number }> {
  const counts = new Map<string, { name: string; days: number }>();
  for (const briefing of briefings) {
    for (const name of briefing.places) {
      const slug = formatTagSlug(name);
      const entry = counts.get(slug) ?? { name, days: 0 };
      entry.days += 1;
      counts.set(slug, entry);
    }
  }
  return counts;
}

/** Places counted on a map, and those named without coordinates (listed as text only). */
export interface CountsMap extends PlacesMap {
  unplaced: { name: string; slug: string; days: number }[];
}

/**
 * Every place the briefings name, each marker's area proportional to its number
 * of days (one scale for both maps); the most named are labelled first.
 */
export function computeCountsMap(index: ConflictIndex, briefings: readonly Briefing[]): CountsMap {
  const counted = [...countPlaceDays(briefings).values()].sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));
  const located = counted.flatMap(({ name, days }) => {
    const place = index.maps.gazetteer.find(name);
    return place ? [{ place, days }] : [];
  });
  const unplaced = counted.filter(({ name }) => !index.maps.gazetteer.find(name)).map((entry) => ({ ...entry, slug: formatTagSlug(entry.name) }));
  const most = Math.max(1, ...located.map((entry) => entry.days));
  const sized = located.map((entry) => ({ ...entry, r: Math.round(MAX_RADIUS * Math.sqrt(entry.days / most) * 100) / 100 }));
  return { ...drawPlaces(index, sized, "conflict"), unplaced };
}
