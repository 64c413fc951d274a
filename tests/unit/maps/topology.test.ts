import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBaseMap } from "@/lib/content/read-base-map";
import { parseTopology } from "@/lib/maps/topology";

const VALID = {
  type: "Topology",
  objects: { land: { type: "Polygon", arcs: [[0]] } },
  arcs: [
    [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  ],
};

describe("parseTopology", () => {
  it("accepts a topology, quantized or not, and reads null properties as none", () => {
    expect(parseTopology(VALID)).toHaveProperty("topology");
    const quantized = {
      ...VALID,
      transform: { scale: [0.1, 0.1], translate: [20, 40] },
      objects: { land: { type: "Polygon", arcs: [[0]], properties: null } },
    };
    const parsed = parseTopology(quantized);
    expect("topology" in parsed && parsed.topology.objects.land?.properties).toBeUndefined();
  });

  it.each([
    ["a GeoJSON file", { type: "FeatureCollection", features: [] }, /^it is not a TopoJSON topology \(type: /],
    [
      "an unknown geometry type",
      { ...VALID, objects: { land: { type: "Circle", arcs: [[0]] } } },
      /^it is not a TopoJSON topology \(objects\.land\.type: /,
    ],
    [
      "arcs that are not positions",
      { ...VALID, arcs: [[[0, "north"]]] },
      /^it is not a TopoJSON topology \(arcs: arcs must be lists of positions/,
    ],
    [
      "an arc index the file lacks",
      { ...VALID, objects: { land: { type: "Polygon", arcs: [[0, 1]] } } },
      /^object "land" uses arc 1, but the file has only 1 arc$/,
    ],
    [
      "a reversed arc index the file lacks",
      { ...VALID, objects: { land: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[~3]] }] } } },
      /uses arc -4, but/,
    ],
    ["not an object at all", [1, 2, 3], /^it is not a TopoJSON topology/],
  ])("rejects %s with a reason", (_, value, reason) => {
    const parsed = parseTopology(value);
    expect("problem" in parsed && parsed.problem).toMatch(reason);
  });
});

describe("readBaseMap", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-base-map-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("points at a JSON syntax error (DB013)", () => {
    const file = write("syntax.topo.json", '{\n  "type": "Topology",\n  "objects": {,\n}');
    const [issue] = readBaseMap(file).issues;
    expect(issue).toMatchObject({ code: "DB013", line: 3, field: "file" });
    expect(issue?.message).toMatch(/^is not valid JSON: /);
  });

  it("reports a file that is not a topology (DB013) and a file that is not UTF-8 (DB005)", () => {
    expect(readBaseMap(write("geojson.topo.json", '{"type":"FeatureCollection","features":[]}')).issues.map((i) => i.code)).toEqual([
      "DB013",
    ]);
    const latin1 = path.join(dir, "latin1.topo.json");
    fs.writeFileSync(latin1, Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(readBaseMap(latin1).issues.map((i) => i.code)).toEqual(["DB005"]);
  });

  it("keeps the parsed topology while the file is unchanged, and reads it again when it changes", () => {
    const file = write("kept.topo.json", JSON.stringify(VALID));
    const first = readBaseMap(file).topology;
    expect(first).toBeDefined();
    expect(readBaseMap(file).topology).toBe(first);
    fs.writeFileSync(file, JSON.stringify({ ...VALID, objects: { land: VALID.objects.land, sea: VALID.objects.land } }));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const second = readBaseMap(file).topology;
    expect(second).not.toBe(first);
    expect(Object.keys(second?.objects ?? {})).toEqual(["land", "sea"]);
  });
});
