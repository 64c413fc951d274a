import { describe, expect, it } from "vitest";
import { formatMonthName } from "@/lib/dates";
import { computeFigureYears, computeLatestReports, computeReportMonths, LATEST_REPORTS } from "@/lib/figure-years";

const report = (date: string) => ({ date });

describe("computeFigureYears", () => {
  it("counts reports by the year of the day that reported them, oldest year first", () => {
    // Reports are kept in as-of order, so a day of January can report a figure as of December.
    expect(computeFigureYears(["2023-12-30", "2024-01-02", "2023-12-31", "2024-03-01", "2026-01-01"].map(report))).toEqual([
      { year: 2023, count: 2 },
      { year: 2024, count: 2 },
      { year: 2026, count: 1 },
    ]);
    expect(computeFigureYears([])).toEqual([]);
  });
});

describe("computeLatestReports", () => {
  it("gives the newest reports, newest first, without changing the series", () => {
    const points = Array.from({ length: 25 }, (_, i) => report(`2024-01-${String(i + 1).padStart(2, "0")}`));
    const latest = computeLatestReports(points);
    expect(latest).toHaveLength(LATEST_REPORTS);
    expect(latest[0]?.date).toBe("2024-01-25");
    expect(latest.at(-1)?.date).toBe(`2024-01-${25 - LATEST_REPORTS + 1}`);
    expect(points[0]?.date).toBe("2024-01-01");
    expect(computeLatestReports(points.slice(0, 3)).map((p) => p.date)).toEqual(["2024-01-03", "2024-01-02", "2024-01-01"]);
  });
});

describe("computeReportMonths", () => {
  it("groups a year's reports by the month of the day that reported them, months in order, reports in series order", () => {
    const months = computeReportMonths(["2024-01-31", "2024-03-01", "2024-02-02", "2024-01-05", "2024-03-02"].map(report));
    expect(months.map((m) => [m.month, m.points.map((p) => p.date)])).toEqual([
      ["2024-01", ["2024-01-31", "2024-01-05"]],
      ["2024-02", ["2024-02-02"]],
      ["2024-03", ["2024-03-01", "2024-03-02"]],
    ]);
    expect(computeReportMonths([])).toEqual([]);
    expect(formatMonthName("2024-02")).toBe("February 2024");
  });
});
