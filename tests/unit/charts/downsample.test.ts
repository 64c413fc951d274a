import { describe, expect, it } from "vitest";
import { downsampleForDrawing } from "@/lib/charts/downsample";

type Point = { t: number; v: number };
const x = (p: Point) => p.t;
const y = (p: Point) => p.v;

/** mulberry32: a seeded random walk, so every run tests the same series. */
function randomWalk(length: number, seed = 7): Point[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let v = 500;
  return Array.from({ length }, (_, t) => ({ t, v: (v = Math.max(0, v + Math.round((random() - 0.5) * 40))) }));
}

describe("downsampleForDrawing", () => {
  it("leaves a series that fits the width as it is", () => {
    const points = randomWalk(40);
    expect(downsampleForDrawing(points, x, y, 10)).toEqual(points);
  });

  it("keeps the first and last points and the overall lowest and highest", () => {
    const points = randomWalk(5_000);
    const kept = downsampleForDrawing(points, x, y, 280);
    expect(kept.length).toBeLessThan(points.length / 4);
    expect(kept.length).toBeLessThanOrEqual(4 * 280);
    expect(kept[0]).toBe(points[0]);
    expect(kept.at(-1)).toBe(points.at(-1));
    const values = points.map(y);
    expect(kept.some((p) => p.v === Math.min(...values))).toBe(true);
    expect(kept.some((p) => p.v === Math.max(...values))).toBe(true);
  });

  it("keeps every column's extremes, in time order, so the drawn line spans what the full one spans", () => {
    const points = randomWalk(3_000, 11);
    const buckets = 100;
    const kept = downsampleForDrawing(points, x, y, buckets);
    expect(kept.map(x)).toEqual([...kept.map(x)].sort((a, b) => a - b));
    const column = (p: Point) => Math.min(buckets - 1, Math.floor((p.t / (points.length - 1)) * buckets));
    for (let c = 0; c < buckets; c++) {
      const all = points.filter((p) => column(p) === c).map(y);
      const drawn = kept.filter((p) => column(p) === c).map(y);
      expect(Math.min(...drawn), `column ${c}`).toBe(Math.min(...all));
      expect(Math.max(...drawn), `column ${c}`).toBe(Math.max(...all));
    }
  });

  it("keeps the turning points of a running total: each report where it rose", () => {
    // Flat, a rise in one report, flat again, many times (not aligned with the columns): a cumulative figure reported daily.
    const points: Point[] = Array.from({ length: 4_000 }, (_, t) => ({ t, v: 1_000 + 50 * Math.floor(t / 410) }));
    const kept = downsampleForDrawing(points, x, y, 200);
    for (let step = 1; step * 410 < 4_000; step++) {
      expect(
        kept.some((p) => p.t === step * 410 && p.v === 1_000 + 50 * step),
        `step ${step}`,
      ).toBe(true);
    }
  });

  it("draws points standing at the same date (two reports of one as-of date) without losing either extreme", () => {
    const points: Point[] = [...randomWalk(2_000, 3), { t: 1_999, v: 0 }];
    const kept = downsampleForDrawing(points, x, y, 50);
    expect(kept.at(-1)).toEqual({ t: 1_999, v: 0 });
  });
});
