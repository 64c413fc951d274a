import { transform } from "topojson-client";
import type { GeometryObject, Objects } from "topojson-specification";
import type { GeoExtent } from "./frame";
import type { BaseTopology } from "./topology";

type Box = [west: number, south: number, east: number, north: number];

/** Each arc's bounding box in degrees, computed once per topology. */
const arcBoxCache = new WeakMap<BaseTopology, Box[]>();

function getArcBoxes(topology: BaseTopology): Box[] {
  const cached = arcBoxCache.get(topology);
  if (cached) return cached;
  const boxes = topology.arcs.map((arc): Box => {
    const point = transform(topology.transform ?? null); // stateful: decodes one arc's deltas
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    arc.forEach((position, index) => {
      const [x = 0, y = 0] = point(position, index > 0);
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    });
    return box;
  });
  arcBoxCache.set(topology, boxes);
  return boxes;
}

/** Every arc index an object uses, whatever its type (none for points). */
function arcsOf(object: GeometryObject): number[] {
  switch (object.type) {
    case "LineString":
      return object.arcs;
    case "MultiLineString":
    case "Polygon":
      return object.arcs.flat();
    case "MultiPolygon":
      return object.arcs.flat(2);
    case "GeometryCollection":
      return object.geometries.flatMap(arcsOf);
    default:
      return [];
  }
}

/** Copies an object with every arc index passed through `map` (which keeps the sign convention ~i). */
function reindex(object: GeometryObject, map: (index: number) => number): GeometryObject {
  switch (object.type) {
    case "LineString":
      return { ...object, arcs: object.arcs.map(map) };
    case "MultiLineString":
    case "Polygon":
      return { ...object, arcs: object.arcs.map((line) => line.map(map)) };
    case "MultiPolygon":
      return { ...object, arcs: object.arcs.map((polygon) => polygon.map((ring) => ring.map(map))) };
    case "GeometryCollection":
      return { ...object, geometries: object.geometries.map((child) => reindex(child, map)) };
    default:
      return object;
  }
}

function overlaps(box: Box, extent: GeoExtent): boolean {
  return box[0] <= extent.east && box[2] >= extent.west && box[1] <= extent.north && box[3] >= extent.south;
}

/**
 * A smaller topology holding only the named objects' geometries that reach into
 * `extent` (all of them without one), and only the arcs they use. A regional map
 * then simplifies and projects a few countries, not the whole world's.
 */
export function selectTopology(topology: BaseTopology, names: readonly string[], extent?: GeoExtent): BaseTopology {
  const boxes = getArcBoxes(topology);
  const keeps = (object: GeometryObject) => {
    if (!extent) return true;
    const arcs = arcsOf(object);
    return arcs.length > 0 && arcs.some((index) => overlaps(boxes[index < 0 ? ~index : index]!, extent));
  };
  const objects: Objects = {};
  for (const name of names) {
    const object = topology.objects[name];
    if (!object) continue;
    objects[name] = object.type === "GeometryCollection" ? { ...object, geometries: object.geometries.filter(keeps) } : object;
  }
  const used = new Map<number, number>();
  for (const object of Object.values(objects)) {
    for (const index of arcsOf(object)) {
      const arc = index < 0 ? ~index : index;
      if (!used.has(arc)) used.set(arc, used.size);
    }
  }
  const map = (index: number) => (index < 0 ? ~used.get(~index)! : used.get(index)!);
  const arcs = [...used.keys()].map((arc) => topology.arcs[arc]!);
  const reindexed: Objects = {};
  for (const [name, object] of Object.entries(objects)) reindexed[name] = reindex(object, map);
  return { type: "Topology", transform: topology.transform, objects: reindexed, arcs };
}

/** The extent of an object's geometries (from its arcs' boxes), or undefined when it has none. */
export function computeObjectExtent(topology: BaseTopology, name: string): GeoExtent | undefined {
  const object = topology.objects[name];
  if (!object) return undefined;
  const boxes = getArcBoxes(topology);
  const extent: GeoExtent = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const index of arcsOf(object)) {
    const [west, south, east, north] = boxes[index < 0 ? ~index : index]!;
    extent.west = Math.min(extent.west, west);
    extent.south = Math.min(extent.south, south);
    extent.east = Math.max(extent.east, east);
    extent.north = Math.max(extent.north, north);
  }
  return Number.isFinite(extent.west) ? extent : undefined;
}
