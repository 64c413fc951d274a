import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vi } from "vitest";
import { getDayView, getFeedView, getFigureParams, getFigureView, getFiguresView } from "@/lib/content";
import { FIXTURES } from "../helpers";

afterEach(() => vi.unstubAllEnvs());

// tests/fixtures/content-multi/israel-gaza declares killed-in-gaza (cumulative) and hostages-held. 2024-01-07 reports
// killed-in-gaza from its AP source (also its only source, cited by nothing else); 2024-10-07 reports both from two
// sources only its figures cite, killed-in-gaza as of the day before, with a correction naming it.
describe("figure views on the fixture site", () => {
  beforeEach(() => vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "content-multi")));

  it("a day's figures: label, unit, value, as-of date, the report before, the source's number and the correction", () => {
    const view = getDayView("israel-gaza", "2024-10-07");
    expect(view?.figures.map((f) => [f.key, f.label, f.unit, f.value, f.asOf, f.previous, f.source.number, f.source.anchor])).toEqual([
      ["killed-in-gaza", "Killed in Gaza (health ministry)", "people", 41_909, "2024-10-06", { date: "2024-01-07", asOf: "2024-01-07", value: 22_835 }, 1, "source-1"],
      ["hostages-held", "Hostages held in Gaza", "people", 101, "2024-10-07", undefined, 2, "source-2"],
    ]);
    expect(view?.figures[0]?.corrections).toEqual([
      { date: "2024-10-08", text: "An earlier version of this fixture gave 41,000 people killed; the ministry's count was 41,909." },
    ]);
    expect(view?.figures[1]?.corrections).toEqual([]);
    // Sources cited by figures alone are numbered (after any item's) and link back to the figure.
    expect(view?.briefing.sources.map((s) => [s.number, s.name, s.citedBy])).toEqual([
      [1, "Gaza health ministry (fixture)", [{ href: "#figure-killed-in-gaza", label: "Killed in Gaza (health ministry)" }]],
      [2, "Israel Defense Forces (fixture)", [{ href: "#figure-hostages-held", label: "Hostages held in Gaza" }]],
    ]);
    expect(getDayView("israel-gaza", "2023-10-07")?.figures).toEqual([]);
  });

  it("the figures page: every declared figure with every report, oldest first", () => {
    const view = getFiguresView("israel-gaza");
    expect(view?.figures.map((s) => [s.definition.key, s.definition.cumulative, s.points.map((p) => [p.date, p.asOf, p.value, p.source.name, p.corrected])])).toEqual([
      [
        "killed-in-gaza",
        true,
        [
          ["2024-01-07", "2024-01-07", 22_835, "Associated Press", false],
          ["2024-10-07", "2024-10-06", 41_909, "Gaza health ministry (fixture)", true],
        ],
      ],
      ["hostages-held", false, [["2024-10-07", "2024-10-07", 101, "Israel Defense Forces (fixture)", false]]],
    ]);
    expect(getFiguresView("sample-war")?.figures).toEqual([]);
    expect(getFiguresView("nowhere")).toBeUndefined();
  });

  it("one figure for its CSV file, and the CSV files to prerender; unknown conflicts and keys are undefined", () => {
    expect(getFigureView("israel-gaza", "hostages-held")?.series.points).toHaveLength(1);
    expect(getFigureView("israel-gaza", "hostages")).toBeUndefined();
    expect(getFigureView("sample-war", "hostages-held")).toBeUndefined();
    expect(getFigureParams()).toEqual([
      { conflict: "israel-gaza", file: "killed-in-gaza.csv" },
      { conflict: "israel-gaza", file: "hostages-held.csv" },
    ]);
  });

  it("feeds carry each entry's figures with the report before each", () => {
    const entry = getFeedView("israel-gaza")?.entries.find((e) => e.briefing.date === "2024-10-07");
    expect(entry?.figures.map((f) => [f.key, f.previous?.value])).toEqual([
      ["killed-in-gaza", 22_835],
      ["hostages-held", undefined],
    ]);
  });
});

describe("figure views on the shipped content", () => {
  beforeEach(() => vi.stubEnv("CONTENT_DIR", path.resolve(FIXTURES, "../../content")));

  it("7 January reports the air force's drone and missile counts, each measured against its previous report", () => {
    const view = getDayView("russia-ukraine", "2024-01-07");
    expect(view?.figures.map((f) => [f.key, f.value, f.previous?.date, f.previous?.value])).toEqual([
      ["drones-launched", 28, "2024-01-05", 29],
      ["drones-shot-down", 21, "2024-01-05", 21],
      ["missiles-launched", 3, "2024-01-02", 99],
    ]);
    // Its only source is cited by its items first: the figures add no number.
    expect(view?.figures.map((f) => f.source.number)).toEqual([1, 1, 1]);
  });

  it("every declared figure has at least one report, each from a source with a URL", () => {
    const view = getFiguresView("russia-ukraine");
    expect(view?.figures.length).toBeGreaterThan(0);
    for (const series of view!.figures) {
      expect(series.points.length, series.definition.key).toBeGreaterThan(0);
      for (const p of series.points) expect(p.source.url, `${series.definition.key} ${p.date}`).toMatch(/^https:\/\//);
    }
  });
});
