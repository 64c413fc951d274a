import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureSection } from "@/components/figure-section";
import { LATEST_REPORTS } from "@/lib/figure-years";
import type { FigurePoint } from "@/lib/content";

const definition = { key: "drones-launched", label: "Drones launched at Ukraine", unit: "drones", cumulative: false };

/** A report a day from 1 December 2023, one more drone each day. */
const points: FigurePoint[] = Array.from({ length: 40 }, (_, i) => {
  const date = new Date(Date.UTC(2023, 11, 1 + i)).toISOString().slice(0, 10);
  return { date, asOf: date, value: 100 + i, source: { name: "Air force", url: "https://example.org/" }, corrected: false };
});

const render = (reports: FigurePoint[]) =>
  renderToStaticMarkup(createElement(FigureSection, { slug: "russia-ukraine", series: { definition, points: reports } }));

const rows = (html: string) => [...html.matchAll(/<tr><th scope="row"><a href="([^"]+)">/g)].map((m) => m[1]);

describe("a figure's section of the figures page", () => {
  it("lists the newest reports only, newest first, and links every year of reports and the CSV file", () => {
    const html = render(points);
    expect(rows(html)).toHaveLength(LATEST_REPORTS);
    expect(rows(html)[0]).toBe("/russia-ukraine/2024-01-09");
    expect(rows(html).at(-1)).toBe(`/russia-ukraine/2023-12-${31 - LATEST_REPORTS + 10}`);
    expect(html).toContain(`The ${LATEST_REPORTS} newest of 40 reports, newest first`);
    // 31 reports in December 2023, 9 in January 2024: every report is on a year page.
    expect(html).toContain('<a href="/russia-ukraine/figures/drones-launched/2023"');
    expect(html).toContain('<a href="/russia-ukraine/figures/drones-launched/2024"');
    expect(html).toMatch(/2023<\/a> <span[^>]*>\(31\)<\/span>/);
    expect(html).toMatch(/2024<\/a> <span[^>]*>\(9\)<\/span>/);
    expect(html).toContain('href="/russia-ukraine/figures/drones-launched.csv"');
  });

  it("a figure with few reports lists them all; one with none has no table or links", () => {
    const few = render(points.slice(0, 3));
    expect(rows(few)).toEqual(["/russia-ukraine/2023-12-03", "/russia-ukraine/2023-12-02", "/russia-ukraine/2023-12-01"]);
    expect(few).toContain("Every report, newest first");
    const none = render([]);
    expect(none).not.toContain("<table");
    expect(none).not.toContain("/figures/drones-launched/");
    expect(none).not.toContain(".csv");
  });
});
