import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeCountsMap, computeDayMap } from "@/lib/content/map-views";
import type { MapDrawing } from "@/lib/maps/draw-map";
import { placeLabels, type Box } from "@/lib/maps/labels";
import { FIXTURES } from "../helpers";
import { SHIPPED, loadConflictIndex } from "./conflict-index";

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Every way a drawing's labels could collide: with each other, with other markers, or with the frame's edges. */
function findCollisions(drawing: MapDrawing): string[] {
  const problems: string[] = [];
  const labelled = drawing.markers.filter((m) => m.label);
  for (const [i, a] of labelled.entries()) {
    const box = a.label!.box;
    if (box[0] < 0 || box[1] < 0 || box[2] > drawing.width || box[3] > drawing.height) problems.push(`${a.name} leaves the frame`);
    for (const b of labelled.slice(i + 1)) if (overlaps(box, b.label!.box)) problems.push(`${a.name} overlaps ${b.name}`);
    for (const b of drawing.markers) {
      if (b !== a && overlaps(box, [b.x - b.r, b.y - b.r, b.x + b.r, b.y + b.r]))
        problems.push(`${a.name}'s label covers ${b.name}'s marker`);
    }
  }
  return problems;
}

describe("label placement on the shipped days", () => {
  const index = loadConflictIndex(SHIPPED, "russia-ukraine");
  const days = index.oldestFirst;

  it.each(days.map((day) => [day.date, day] as const))(
    "%s: no two labels overlap, none covers a marker or leaves the frame, every place keeps its marker",
    (_, day) => {
      const map = computeDayMap(index, day);
      expect(map).toBeDefined();
      const drawings = [map!.region, map!.beyond].filter((d) => d !== undefined);
      for (const drawing of drawings) expect(findCollisions(drawing)).toEqual([]);
      // Every place the day names with coordinates has a marker on one of the maps.
      const marked = drawings.flatMap((d) => d.markers.map((m) => m.name)).sort();
      expect(marked).toEqual(map!.places.map((p) => p.name).sort());
      expect(marked.length).toBe(day.places.length);
    },
  );

  it("labels every marker of the shipped days (none had to be dropped)", () => {
    const unlabelled = days.flatMap((day) => {
      const map = computeDayMap(index, day)!;
      return [map.region, map.beyond].flatMap((d) => d?.markers.filter((m) => !m.label).map((m) => `${day.date} ${m.name}`) ?? []);
    });
    expect(unlabelled).toEqual([]);
  });

  it("is deterministic: the same day gives the same drawing", () => {
    const day = index.getBriefing("2024-01-06")!;
    expect(computeDayMap(index, day)).toEqual(computeDayMap(index, day));
  });

  it("the conflict map of every shipped day: no overlaps either, and markers sized by days", () => {
    const map = computeCountsMap(index, index.oldestFirst);
    for (const drawing of [map.region, map.beyond].filter((d) => d !== undefined)) expect(findCollisions(drawing)).toEqual([]);
    const kyiv = map.region!.markers.find((m) => m.slug === "kyiv")!;
    const odesa = map.region!.markers.find((m) => m.slug === "odesa")!;
    expect([kyiv.days, odesa.days]).toEqual([2, 1]);
    // Area proportional to days: twice the days, twice the area.
    expect((kyiv.r / odesa.r) ** 2).toBeCloseTo(2, 2);
  });

  it("the fixture conflict drawn on the world's countries: no overlaps", () => {
    const israelGaza = loadConflictIndex(path.join(FIXTURES, "content-multi"), "israel-gaza");
    const map = computeCountsMap(israelGaza, israelGaza.oldestFirst);
    expect(map.region?.markers.map((m) => m.name)).toEqual(["Israel"]);
    expect(findCollisions(map.region!)).toEqual([]);
  });
});

describe("placeLabels", () => {
  const size = { width: 300, height: 200 };

  it("puts a lone label to the right of its marker", () => {
    const [label] = placeLabels([{ x: 100, y: 100, r: 5, text: "Kyiv" }], size, 15);
    expect(label).toMatchObject({ anchor: "start", x: 108 });
    expect(label?.leader).toBeUndefined();
  });

  it("moves a label that would leave the frame to the other side", () => {
    const [label] = placeLabels([{ x: 290, y: 100, r: 5, text: "Kupiansk" }], size, 15);
    expect(label?.anchor).toBe("end");
  });

  it("in a crowd, moves labels away with leader lines and drops those that fit nowhere, keeping every marker; none overlap", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      x: 150 + (i % 5) * 3,
      y: 100 + Math.floor(i / 5) * 3,
      r: 4,
      text: `Village number ${i}`,
    }));
    const labels = placeLabels(crowd, size, 13);
    expect(labels).toHaveLength(40);
    const placed = labels.filter((l) => l !== undefined);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(40);
    expect(placed.some((l) => l.leader)).toBe(true);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    expect(placeLabels(crowd, size, 13)).toEqual(labels);
  });
});
