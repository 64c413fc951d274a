/**
 * `npm run map:simplify -- <source.topo.json> <target.topo.json> [--keep 0.25] [--objects countries,regions]`:
 * makes a conflict's `_map.topo.json` from a larger TopoJSON file: keeps the named
 * objects (all by default) with only their `name` property, keeps the given share
^ * of points (Visvalingam, by area, with topojson-simplify; shared borders stay
 * shared), and quantizes coordinates to 10,000 steps. Prints the sizes.
 */
import fs from "node:fs";
import { quantize } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryObject, Objects } from "topojson-specification";
import { getObjectName, parseTopology } from "@/lib/maps/topology";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const keep = Number(option("keep") ?? "0.25");
const only = option("objects")?.split(",");
const [source, target] = args;
if (!source || !target || !(keep > 0 && keep <= 1)) {
  console.error("usage: npm run map:simplify -- <source.topo.json> <target.topo.json> [--keep 0.25] [--objects countries,regions]");
  process.exit(2);
}

const parsed = parseTopology(JSON.parse(fs.readFileSync(source, "utf8")));
if ("problem" in parsed) {
  console.error(`${source}: ${parsed.problem}`);
  process.exit(1);
}

/** The object with only the `name` property on each geometry (other properties cost bytes and are not drawn). */
function strip(object: GeometryObject): GeometryObject {
  const name = getObjectName(object);
  const properties = name === undefined ? undefined : { name };
  if (object.type === "GeometryCollection") return { ...object, properties, geometries: object.geometries.map(strip) };
  return { ...object, properties };
}

const objects: Objects = {};
for (const [name, object] of Object.entries(parsed.topology.objects)) if (!only || only.includes(name)) objects[name] = strip(object);
const weighted = presimplify({ ...parsed.topology, objects });
const simplified = quantize(simplify(weighted, quantile(weighted, keep)), 1e4);
const text = JSON.stringify(simplified);
fs.writeFileSync(target, `${text}\n`);
console.log(`${target}: ${Object.keys(objects).join(", ")}; ${fs.statSync(source).size} → ${Buffer.byteLength(text) + 1} bytes`);
