import type { GeometryObject, Objects, Topology } from "topojson-specification";
import { z } from "zod";
import { formatCount } from "@/lib/format";

/**
 * TopoJSON as the drawing code needs it, checked before use: a base map is a
 * content file (`_map.topo.json`), and a malformed one must become a clear
 * problem, never a crash while a page renders.
 */
const position = z.array(z.number()).min(2);
const arcIndexes = z.array(z.number().int());
const shared = {
  id: z.union([z.string(), z.number()]).optional(),
  // null properties (allowed by the format) are read as none.
  properties: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .transform((value) => value ?? undefined),
};

/** A topology whose objects' properties are plain mappings (never null), as topojson-client and topojson-simplify take it. */
export type BaseTopology = Topology<Objects>;

const geometryObject: z.ZodType<GeometryObject> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("Point"), coordinates: position, ...shared }),
    z.object({ type: z.literal("MultiPoint"), coordinates: z.array(position), ...shared }),
    z.object({ type: z.literal("LineString"), arcs: arcIndexes, ...shared }),
    z.object({ type: z.literal("MultiLineString"), arcs: z.array(arcIndexes), ...shared }),
    z.object({ type: z.literal("Polygon"), arcs: z.array(arcIndexes), ...shared }),
    z.object({ type: z.literal("MultiPolygon"), arcs: z.array(z.array(arcIndexes)), ...shared }),
    z.object({ type: z.literal("GeometryCollection"), geometries: z.array(geometryObject), ...shared }),
    z.object({ type: z.null(), ...shared }),
  ]),
);

/** True for a list of arcs, each a non-empty list of positions of at least two finite numbers. */
function isArcList(arcs: unknown[]): arcs is number[][][] {
  for (const arc of arcs) {
    if (!Array.isArray(arc) || arc.length === 0) return false;
    for (const point of arc) {
      if (!Array.isArray(point) || point.length < 2) return false;
      for (const n of point) if (typeof n !== "number" || !Number.isFinite(n)) return false;
    }
  }
  return true;
}

const topologySchema = z.object({
  type: z.literal("Topology"),
  objects: z.record(z.string(), geometryObject),
  // Arcs hold nearly all of a file's numbers: checked by hand below, as zod would take ten times longer.
  arcs: z.array(z.unknown()).refine(isArcList, { message: "arcs must be lists of positions ([x, y] numbers)" }),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
});

/** Every arc index a geometry object uses (a negative index ~i means arc i reversed). */
function* listArcIndexes(object: GeometryObject): Generator<number> {
  switch (object.type) {
    case "LineString":
      yield* object.arcs;
      break;
    case "MultiLineString":
    case "Polygon":
      for (const line of object.arcs) yield* line;
      break;
    case "MultiPolygon":
      for (const polygon of object.arcs) for (const ring of polygon) yield* ring;
      break;
    case "GeometryCollection":
      for (const child of object.geometries) yield* listArcIndexes(child);
      break;
    default:
      break;
  }
}

/**
 * Validates parsed JSON as a TopoJSON topology whose every arc index exists.
 * Returns the topology, or what is wrong with it in an editor's words.
 */
export function parseTopology(value: unknown): { topology: BaseTopology } | { problem: string } {
  const result = topologySchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join(".") : "the file";
    return { problem: `it is not a TopoJSON topology (${where}: ${issue?.message ?? "invalid"})` };
  }
  const topology: BaseTopology = result.data;
  const count = topology.arcs.length;
  for (const [name, object] of Object.entries(topology.objects)) {
    for (const index of listArcIndexes(object)) {
      const arc = index < 0 ? ~index : index;
      if (arc >= count) return { problem: `object "${name}" uses arc ${index}, but the file has only ${formatCount(count, "arc")}` };
    }
  }
  return { topology };
}

/** The `name` property of a geometry object, when it has one. */
export function getObjectName(object: GeometryObject): string | undefined {
  const properties: object | undefined = object.properties;
  return properties && "name" in properties && typeof properties.name === "string" ? properties.name : undefined;
}
