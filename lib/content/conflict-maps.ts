import { bbox } from "topojson-client";
import type { BaseMapSource } from "@/lib/maps/base-layers";
import { computeExtent, createRegionFrame, createRegionFrameWithin, createWorldFrame, type GeoExtent, type MapFrame } from "@/lib/maps/frame";
import { getSmallWorldTopology, getWorldTopology } from "@/lib/maps/world-atlas";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import type { ConflictGeoSource } from "./read-folder";
import type { Conflict } from "./schema";

/** A frame and the base map drawn in it. */
export interface MapSetting {
  frame: MapFrame;
  base: BaseMapSource;
}

/** A conflict's gazetteer and the maps its places are drawn on, built once per store. */
export interface ConflictMaps {
  source: ConflictGeoSource;
  gazetteer: Gazetteer;
  /** The conflict's own area, `width` units wide; undefined when nothing frames it (no base map, no frame, no places). */
  getRegion(width: number): MapSetting | undefined;
  /** The whole world, for places beyond the conflict's own map. */
  getWorld(width: number): MapSetting;
}

/** Computes a value per key on first use and keeps it. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

/**
 * The area of a conflict's own map: `map.frame` when the editors gave one; else
 * its base map's extent; else (drawn on the world's countries) its places,
 * leaving out countries, which briefings name as actors far away as often as
 * places (the United States, Iran), and falling back to all places.
 */
function computeRegionExtent(conflict: Conflict, source: ConflictGeoSource): { extent: GeoExtent; inset: boolean } | undefined {
  if (conflict.map?.frame) return { extent: conflict.map.frame, inset: false };
  if (source.topology && conflict.map?.outline) {
    const [west = -180, south = -90, east = 180, north = 90] = bbox(source.topology);
    return { extent: { west, south, east, north }, inset: true };
  }
  const places = source.places ?? [];
  const local = places.filter((place) => place.kind !== "country");
  const extent = computeExtent(local.length > 0 ? local : places);
  return extent && { extent, inset: false };
}

/** Builds a conflict's maps: frames and base maps are computed on first use, per width, then kept. */
export function createConflictMaps(conflict: Conflict, source: ConflictGeoSource): ConflictMaps {
  const { map } = conflict;
  // The world atlas is parsed on first use only: a conflict with its own base map never needs it.
  const getBase = (): BaseMapSource =>
    source.topology && map?.outline
      ? { topology: source.topology, outline: map.outline, regions: map.regions, lakes: map.lakes, rivers: map.rivers }
      : { topology: getWorldTopology(), outline: "countries" };
  const region = computeRegionExtent(conflict, source);
  return {
    source,
    gazetteer: buildGazetteer(source.places ?? []),
    getRegion: memo((width: number) => {
      if (!region) return undefined;
      // A base map cut to a rectangle is framed inside it, so that its cut edges stay out of view.
      const frame = region.inset ? createRegionFrameWithin(region.extent, width, width * 0.8) : createRegionFrame(region.extent, width, width * 0.8);
      return { frame, base: getBase() };
    }),
    getWorld: memo((width: number) => ({ frame: createWorldFrame(width), base: { topology: getSmallWorldTopology(), outline: "land" } })),
  };
}
