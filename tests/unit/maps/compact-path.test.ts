import { describe, expect, it } from "vitest";
import { compactPath } from "@/lib/maps/compact-path";

/** The absolute points of path data in relative form ("M1,2l3-4 5,6z"), as a browser reads them. */
function readRelative(d: string): string[] {
  const points: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args = ""] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    if (command === "z") {
      points.push("Z");
      continue;
    }
    const numbers = [...args.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
    for (let i = 0; i < numbers.length; i += 2) {
      if (command === "M") [x, y] = [numbers[i]!, numbers[i + 1]!];
      else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
      points.push(`${command === "M" && i === 0 ? "M" : "L"}${x},${y}`);
    }
  }
  return points;
}

describe("compactPath", () => {
  it("writes relative moves, drops repeated points and needs no separator before a minus sign", () => {
    expect(compactPath("M345,123L348,121L348,121L350,125Z")).toBe("M345,123l3-2 2,4z");
  });

  it("draws the same points as the absolute path data, ring after ring", () => {
    const d = "M10,10L20,10L20,20L10,20ZM30,30L25,35L25,35L40,30L30,30ZM0,0L-5,-7L3,2";
    const expected = ["M10,10", "L20,10", "L20,20", "L10,20", "Z", "M30,30", "L25,35", "L40,30", "L30,30", "Z", "M0,0", "L-5,-7", "L3,2"];
    expect(readRelative(compactPath(d))).toEqual(expected);
  });

  it("returns nothing for nothing", () => {
    expect(compactPath("")).toBe("");
  });
});
