/**
 * Run by scripts/bench/figures.ts in its own process, under
 * scripts/bench/render.tsconfig.json (react-dom/server needs React's ordinary
 * build, and the content module's "server-only" marker then resolves to its
 * empty file, as in vitest): renders the figures page of CONTENT_DIR's only
 * conflict as its route does (one view query, then the page component) and
 * prints the timings and sizes as JSON.
 */
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FigureChart } from "@/components/figure-chart";
import { FiguresPage } from "@/components/figures-page";
import { getFiguresView, getSiteView } from "@/lib/content";

const RUNS = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const slug = getSiteView().conflicts[0]!.slug; // reads and parses the content: not part of a page's time
const render = () => renderToStaticMarkup(createElement(FiguresPage, { view: getFiguresView(slug)! }));
const first = time(render); // builds each figure's history, once per store
const warm = Array.from({ length: RUNS }, () => time(render));
const view = getFiguresView(slug)!;
const html = render();
const charts = view.figures.map((series) => {
  const svg = renderToStaticMarkup(createElement(FigureChart, { series }));
  return {
    key: series.definition.key,
    reports: series.points.length,
    drawn: Number(/data-drawn="(\d+)"/.exec(svg)?.[1] ?? 0),
    bytes: Buffer.byteLength(svg),
    gzip: gzipSync(svg).length,
  };
});
console.log(
  JSON.stringify({
    firstMs: first,
    medianMs: median(warm),
    slowestMs: Math.max(...warm),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    charts,
  }),
);
