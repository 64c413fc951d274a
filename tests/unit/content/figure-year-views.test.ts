import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getFigureYearParams, getFigureYearView, getFiguresView } from "@/lib/content";
import { FIXTURES } from "../helpers";

afterEach(() => vi.unstubAllEnvs());

// The fixture site with a second year of killed-in-gaza: 2023-10-07 also reports it, so the figure has reports in 2023
// (one) and 2024 (two), and hostages-held in 2024 only.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "daybook-figure-years-"));
  cpSync(path.join(FIXTURES, "content-multi"), dir, { recursive: true });
  const file = path.join(dir, "israel-gaza/2023-10-07.md");
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace("\n---\n", "\nfigures:\n  - key: killed-in-gaza\n    value: 232\n    source: idf\n---\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a figure's year pages", () => {
  beforeEach(() => vi.stubEnv("CONTENT_DIR", dir));

  it("one year's reports, oldest first, with every year that has reports and its count", () => {
    const view = getFigureYearView("israel-gaza", "killed-in-gaza", 2024);
    expect(view?.conflict.slug).toBe("israel-gaza");
    expect(view?.year).toBe(2024);
    expect(view?.series.definition.label).toBe("Killed in Gaza (health ministry)");
    expect(view?.series.points.map((p) => [p.date, p.value])).toEqual([
      ["2024-01-07", 22_835],
      ["2024-10-07", 41_909],
    ]);
    expect(view?.years).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 2 },
    ]);
    expect(getFigureYearView("israel-gaza", "killed-in-gaza", 2023)?.series.points.map((p) => [p.date, p.value, p.source.name])).toEqual([
      ["2023-10-07", 232, "Israel Defense Forces"],
    ]);
  });

  it("every report is on exactly one year page", () => {
    for (const series of getFiguresView("israel-gaza")?.figures ?? []) {
      const years = getFigureYearView("israel-gaza", series.definition.key, Number(series.points[0]!.date.slice(0, 4)))?.years ?? [];
      const onYearPages = years.flatMap(({ year }) => getFigureYearView("israel-gaza", series.definition.key, year)?.series.points ?? []);
      expect(onYearPages).toEqual(series.points);
    }
  });

  it("a year with no report, an unknown figure or an unknown conflict has no page", () => {
    expect(getFigureYearView("israel-gaza", "hostages-held", 2023)).toBeUndefined();
    expect(getFigureYearView("israel-gaza", "killed-in-gaza", 2025)).toBeUndefined();
    expect(getFigureYearView("israel-gaza", "hostages", 2024)).toBeUndefined();
    expect(getFigureYearView("nowhere", "killed-in-gaza", 2024)).toBeUndefined();
    expect(getFigureYearView("sample-war", "killed-in-gaza", 2024)).toBeUndefined();
  });

  it("the newest year of each reported figure is prerendered", () => {
    expect(getFigureYearParams()).toEqual([
      { conflict: "israel-gaza", file: "killed-in-gaza", year: "2024" },
      { conflict: "israel-gaza", file: "hostages-held", year: "2024" },
    ]);
  });
});
