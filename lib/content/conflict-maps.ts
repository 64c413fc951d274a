import type { BaseMapSource } from "@/lib/maps/base-layers";
import type { MapDrawing } from "@/lib/maps/draw-map";
import { computeExtent, createRegionFrame, createRegionFrameWithin, createWorldFrame, type GeoExtent, type MapFrame } from "@/lib/maps/frame";
import { computeObjectExtent } from "@/lib/maps/select-topology";
import { getSmallWorldTopology, getWorldTopology } from "@/lib/maps/world-atlas";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import type { ConflictGeoSource } from "./read-folder";
import type { Conflict } from "./schema";

/** A frame, the base map drawn in it, and what kind of map that makes. */
export interface MapSetting {
  frame: MapFrame;
  base: BaseMapSource;
  scope: MapDrawing["scope"];
  baseName: MapDrawing["base"];
}

/** A conflict's gazetteer and the maps its places are drawn on, built once per store. */
export interface ConflictMaps {
  source: ConflictGeoSource;
  gazetteer: Gazetteer;
  /** The conflict's own area, `width` units wide; undefined when nothing frames it (no base map, no frame, no places). */
  getRegion(width: number): MapSetting | undefined;
  /**
   * A map for places beyond the conflict's own: its area and theirs when they
   * are near (Moscow, for Russia–Ukraine), else the whole world.
   */
  getBeyond(places: readonly { lon: number; lat: number }[], width: number): MapSetting;
}

/** Computes a value per key on first use and keeps it (a few keys: map widths). */
function memo<V>(compute: (width: number) => V): (width: number) => V {
  const values = new Map<number, V>();
  return (width) => {
    if (!values.has(width)) values.set(width, compute(width));
    return values.get(width)!;
  };
}

/**
 * The area of a conflict's own map: `map.frame` when the editors gave one; else
 * the extent of its base map's outline; else (drawn on the world's countries) its
 * places, leaving out countries, which briefings name as actors far away as often
 * as places (the United States, Iran), and falling back to all places.
 */
function computeRegionExtent(conflict: Conflict, source: ConflictGeoSource): { extent: GeoExtent; within: boolean } | undefined {
  if (conflict.map?.frame) return { extent: conflict.map.frame, within: false };
  const outline = source.topology && conflict.map?.outline && computeObjectExtent(source.topology, conflict.map.outline);
  if (outline) return { extent: outline, within: true };
  const places = source.places ?? [];
  const local = places.filter((place) => place.kind !== "country");
  const extent = computeExtent(local.length > 0 ? local : places);
  return extent && { extent, within: false };
}

/** The most a wider map may span before the whole world is clearer, in degrees. */
const WIDER_SPAN = { lon: 70, lat: 45 };
/** Wider frames snap outwards to this grid (degrees): nearby sets of places share one frame, drawn once. */
const SNAP = 5;

function snapOutwards({ west, south, east, north }: GeoExtent): GeoExtent {
  const down = (v: number) => Math.floor(v / SNAP) * SNAP;
  const up = (v: number) => Math.ceil(v / SNAP) * SNAP;
  return { west: Math.max(-180, down(west)), south: Math.max(-85, down(south)), east: Math.min(180, up(east)), north: Math.min(85, up(north)) };
}

/** Builds a conflict's maps: frames and base maps are computed on first use, per width, then kept. */
export function createConflictMaps(conflict: Conflict, source: ConflictGeoSource): ConflictMaps {
  const { map } = conflict;
  const own = Boolean(source.topology && map?.outline);
  // The world atlas is parsed on first use only: a conflict with its own base map may never need it.
  const countries = (): BaseMapSource => ({ topology: getWorldTopology(), outline: "countries" });
  const getBase = (): BaseMapSource =>
    source.topology && map?.outline
      ? { topology: source.topology, outline: map.outline, regions: map.regions, lakes: map.lakes, rivers: map.rivers }
      : countries();
  const region = computeRegionExtent(conflict, source);
  const getRegion = memo((width): MapSetting | undefined => {
    if (!region) return undefined;
    // A base map cut to a rectangle is framed inside it, so that its cut edges stay out of view.
    const create = region.within ? createRegionFrameWithin : createRegionFrame;
    return { frame: create(region.extent, width, width * 0.8), base: getBase(), scope: "conflict", baseName: own ? "own" : "world-atlas" };
  });
  const getWorld = memo((width): MapSetting => ({
    frame: createWorldFrame(width),
    base: { topology: getSmallWorldTopology(), outline: "land" },
    scope: "world",
    baseName: "world-atlas",
  }));
  return {
    source,
    gazetteer: buildGazetteer(source.places ?? []),
    getRegion,
    getBeyond: (places, width) => {
      const area = getRegion(width)?.frame.extent;
      const corners = area ? [{ lon: area.west, lat: area.south }, { lon: area.east, lat: area.north }] : [];
      const around = computeExtent([...corners, ...places], 0.1, 10);
      if (!around || around.east - around.west > WIDER_SPAN.lon || around.north - around.south > WIDER_SPAN.lat) return getWorld(width);
      return { frame: createRegionFrame(snapOutwards(around), width, width * 0.8), base: countries(), scope: "wider", baseName: "world-atlas" };
    },
  };
}
