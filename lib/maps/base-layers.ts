import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryObject, MultiPolygon, Polygon } from "topojson-specification";
import type { BaseTopology } from "./topology";
import { padExtent, type MapFrame } from "./frame";
import { compactPath } from "./compact-path";
import { selectTopology } from "./select-topology";

/** A base map: a topology and the names of its objects to draw (see `map:` in `_conflict.md`). */
export interface BaseMapSource {
  topology: BaseTopology;
  /** Polygons filled as land, with the borders between them. */
  outline: string;
  /** Polygons whose inner borders are drawn thinly (a country's regions). */
  regions?: string;
  /** Polygons filled as water. */
  lakes?: string;
  /** Lines drawn as water. */
  rivers?: string;
}

/** SVG path data of each layer of a base map in one frame; empty when a layer has nothing in it. */
export interface BaseLayers {
  /** Filled; its outline is the coast (and the edge of the data). */
  land: string;
  /** Between the outline's polygons (countries). */
  borders: string;
  regions: string;
  lakes: string;
  rivers: string;
}

/**
 * Topologies with each point's Visvalingam weight, and layers by topology, then by
 * frame and objects: the same map is drawn once per process (on globalThis, as
 * Next.js may load this module once per bundle).
 */
const holder = globalThis as typeof globalThis & {
  __daybookMapCaches?: { weighted: WeakMap<BaseTopology, BaseTopology>; drawn: WeakMap<BaseTopology, Map<string, BaseLayers>> };
};
const { weighted, drawn } = (holder.__daybookMapCaches ??= { weighted: new WeakMap(), drawn: new WeakMap() });
/**
 * Frames kept per topology, the least recently used dropped first: a conflict
 * needs a few (one per map size, and wider frames for places beyond its map),
 * and the bound keeps memory flat whatever pages are asked for.
 */
const MAX_FRAMES = 64;

/**
 * The area in square degrees that one square unit of the frame covers at its
 * centre: a point whose triangle with its neighbours covers less than two
 * square units (pixels, at the size a map is shown) is dropped.
 */
function computeMinWeight(frame: MapFrame): number {
  const centre = frame.projection.invert?.([frame.width / 2, frame.height / 2]);
  const project = frame.projection;
  if (!centre) return 0;
  const [x0, y0] = project(centre) ?? [0, 0];
  const [x1] = project([centre[0] + 0.1, centre[1]]) ?? [x0, y0];
  const [, y1] = project([centre[0], centre[1] + 0.1]) ?? [x0, y0];
  const unitsPerSquareDegree = (Math.abs(x1 - x0) / 0.1) * (Math.abs(y1 - y0) / 0.1);
  return unitsPerSquareDegree > 0 ? 2 / unitsPerSquareDegree : 0;
}

/** The polygons of an object, for merging into one shape (merge drops the borders between them). */
function listPolygons(object: GeometryObject): (Polygon | MultiPolygon)[] {
  if (object.type === "Polygon" || object.type === "MultiPolygon") return [object];
  return object.type === "GeometryCollection" ? object.geometries.flatMap(listPolygons) : [];
}

function getObject(topology: BaseTopology, name: string | undefined): GeometryObject | undefined {
  return name === undefined ? undefined : topology.objects[name];
}

/**
 * The base map's topology as a frame draws it: only the geometries that reach
 * into the frame (a regional map of the world's countries needs a few of them),
 * simplified to what the frame's size can show. Shared borders stay shared.
 */
export function getDrawnTopology(source: BaseMapSource, frame: MapFrame): BaseTopology {
  const names = [source.outline, source.regions, source.lakes, source.rivers].filter((name) => name !== undefined);
  // With a margin: a conic frame shows more than its extent at its corners.
  const selected = frame.extent ? selectTopology(source.topology, names, padExtent(frame.extent, 0.5)) : source.topology;
  let heavy = weighted.get(selected);
  if (!heavy) {
    heavy = presimplify(selected);
    weighted.set(selected, heavy);
  }
  return simplify(heavy, computeMinWeight(frame));
}

/**
 * The base map's layers as SVG path data, projected into the frame, simplified
 * to what its size can show and clipped to it; computed once per topology,
 * frame and set of objects, then served from memory.
 */
export function computeBaseLayers(source: BaseMapSource, frame: MapFrame): BaseLayers {
  const key = `${frame.key}|${source.outline}|${source.regions}|${source.lakes}|${source.rivers}`;
  let byKey = drawn.get(source.topology);
  const hit = byKey?.get(key);
  if (hit) {
    byKey!.delete(key); // most recently used last
    byKey!.set(key, hit);
    return hit;
  }
  const topology = getDrawnTopology(source, frame);
  // Whole units: a frame is drawn at about one unit per pixel.
  const path = geoPath(frame.projection).digits(0);
  const draw = (object: GeoPermissibleObjects | undefined) => (object ? compactPath(path(object) ?? "") : "");
  const outline = getObject(topology, source.outline);
  const regions = getObject(topology, source.regions);
  const lakes = getObject(topology, source.lakes);
  const rivers = getObject(topology, source.rivers);
  const layers: BaseLayers = {
    land: draw(outline && merge(topology, listPolygons(outline))),
    borders: draw(outline && mesh(topology, outline, (a, b) => a !== b)),
    regions: draw(regions && mesh(topology, regions, (a, b) => a !== b)),
    lakes: draw(lakes && feature(topology, lakes)),
    rivers: draw(rivers && feature(topology, rivers)),
  };
  if (!byKey) {
    byKey = new Map();
    drawn.set(source.topology, byKey);
  }
  byKey.set(key, layers);
  if (byKey.size > MAX_FRAMES) byKey.delete(byKey.keys().next().value!);
  return layers;
}
