import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FigureChart } from "@/components/figure-chart";
import { CHART_SIZE } from "@/lib/charts/figure-chart";
import type { FigurePoint, FigureSeries } from "@/lib/content";

const DAY = 86_400_000;
const definition = { key: "civilians-killed", label: "Civilians killed (UN-verified)", unit: "people", cumulative: true };

function point(asOf: string, value: number): FigurePoint {
  return { date: asOf, asOf, value, source: { name: "UN", url: "https://ukraine.un.org/" }, corrected: false };
}

function render(points: FigurePoint[]): string {
  return renderToStaticMarkup(createElement(FigureChart, { series: { definition, points } satisfies FigureSeries }));
}

/** The vertices of an SVG path made of M and L commands with absolute coordinates, as d3-shape writes them. */
function parsePath(d: string): { x: number; y: number }[] {
  expect(d).toMatch(/^M[\d.,L-]+Z?$/); // a lone point closes its path
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

const attribute = (svg: string, selector: string, name: string) =>
  new RegExp(`class="${selector}"[^>]*?${name}="([^"]*)"|${name}="([^"]*)"[^>]*?class="${selector}"`).exec(svg)?.slice(1).find(Boolean) ??
  "";

describe("a figure's chart", () => {
  const points = [point("2024-01-01", 10_000), point("2024-01-03", 10_000), point("2024-01-07", 10_200), point("2024-01-15", 10_582)];
  const svg = render(points);

  it("draws a step line whose corners are the reports: x proportional to the date, y to the value", () => {
    const vertices = parsePath(attribute(svg, "chart-line", "d"));
    // A step-after line: each report starts a horizontal run, then the line steps to the next value.
    expect(vertices).toHaveLength(2 * points.length - 1);
    const corners = vertices.filter((_, i) => i % 2 === 0);
    const { left, right, top, height, bottom } = CHART_SIZE;
    expect(corners[0]!.x).toBe(left);
    expect(corners.at(-1)!.x).toBe(CHART_SIZE.width - right);
    const t = points.map((p) => Date.parse(p.asOf) / DAY);
    const xPerDay = (corners.at(-1)!.x - corners[0]!.x) / (t.at(-1)! - t[0]!);
    const yPerUnit = (corners.at(-1)!.y - corners[0]!.y) / (points.at(-1)!.value - points[0]!.value);
    expect(yPerUnit).toBeLessThan(0); // up is more
    corners.forEach((corner, i) => {
      expect(corner.x).toBeCloseTo(corners[0]!.x + (t[i]! - t[0]!) * xPerDay, 0);
      expect(corner.y).toBeCloseTo(corners[0]!.y + (points[i]!.value - points[0]!.value) * yPerUnit, 0);
      expect(corner.y).toBeGreaterThanOrEqual(top);
      expect(corner.y).toBeLessThanOrEqual(height - bottom);
    });
    // Between corners the line holds the previous value until the next report's date.
    vertices.forEach((v, i) => {
      if (i % 2 === 1) expect(v).toEqual({ x: vertices[i + 1]!.x, y: vertices[i - 1]!.y });
    });
  });

  it("puts a mark at each report and labels the latest value", () => {
    const marks = [...attribute(svg, "chart-marks", "d").matchAll(/M(-?[\d.]+),(-?[\d.]+)h0/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
    }));
    const corners = parsePath(attribute(svg, "chart-line", "d")).filter((_, i) => i % 2 === 0);
    expect(marks).toEqual(corners);
    expect(svg).toMatch(/<text class="chart-latest"[^>]*>10,582<\/text>/);
  });

  it("states the latest value and the range in its title and description, and labels its axes with the unit", () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="chart-civilians-killed-title"');
    expect(svg).toContain('aria-describedby="chart-civilians-killed-desc"');
    expect(svg).toContain(
      '<title id="chart-civilians-killed-title">Civilians killed (UN-verified), 1 January 2024 to 15 January 2024</title>',
    );
    expect(svg).toContain(
      '<desc id="chart-civilians-killed-desc">Latest: 10,582 people as of 15 January 2024. Range: from 10,000 to 10,582 people, over 4 reports.</desc>',
    );
    expect(svg).toMatch(/<text[^>]*>people<\/text>/);
    expect(svg).toMatch(/<text[^>]*>as of<\/text>/);
  });

  it("uses currentColor and the chart's CSS classes, never fixed colours", () => {
    expect(svg).not.toMatch(/(fill|stroke)="(?!none)[^"]+"/);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i);
    expect(svg).toContain('class="chart-line"');
  });

  it("draws nothing for a figure with no report", () => {
    expect(render([])).toBe("");
  });

  it("draws a single report as a dot in the middle of a two-day span", () => {
    const one = render([point("2024-01-03", 230)]);
    const [corner] = parsePath(attribute(one, "chart-line", "d"));
    expect(corner!.x).toBeCloseTo((CHART_SIZE.left + CHART_SIZE.width - CHART_SIZE.right) / 2, 0);
    expect(one).toContain("Latest: 230 people as of 3 January 2024. Range: every report 230, over 1 report.");
  });

  it("downsamples 5,000 reports for drawing only, keeping the first, last, lowest and highest", () => {
    const start = Date.parse("2022-02-24");
    const long = Array.from({ length: 5_000 }, (_, i) =>
      point(new Date(start + i * DAY).toISOString().slice(0, 10), 100 + ((i * 7919) % 613)),
    );
    const html = render(long);
    const drawn = Number(/data-drawn="(\d+)"/.exec(html)?.[1]);
    expect(drawn).toBeLessThan(long.length / 3);
    const corners = parsePath(attribute(html, "chart-line", "d")).filter((_, i) => i % 2 === 0);
    expect(corners).toHaveLength(drawn);
    const ys = corners.map((c) => c.y);
    const low = Math.max(...ys); // the lowest value is drawn lowest
    const high = Math.min(...ys);
    const values = long.map((p) => p.value);
    expect(corners[0]!.x).toBe(CHART_SIZE.left);
    expect(corners.at(-1)!.x).toBe(CHART_SIZE.width - CHART_SIZE.right);
    // The range drawn is the range of the data: the lowest and highest reports are among the corners.
    const yPerUnit = (low - high) / (Math.min(...values) - Math.max(...values));
    expect(corners.at(-1)!.y).toBeCloseTo(low + (long.at(-1)!.value - Math.min(...values)) * yPerUnit, 0);
    expect(html).toContain("over 5,000 reports");
    console.log(`5,000-report chart: ${drawn} points drawn, ${html.length} bytes, ${gzipSync(html).length} bytes gzipped`);
  });
});
