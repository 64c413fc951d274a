/**
 * Run by scripts/bench/figures.ts in its own process, under
 * scripts/bench/render.tsconfig.json (react-dom/server needs React's ordinary
 * build, and the content module's "server-only" marker then resolves to its
 * empty file, as in vitest): renders the figures page of CONTENT_DIR's only
 * conflict as its route does (one view query, then the page component) and
 * prints the timings and sizes as JSON: the process's first render, the first
 * render after the content changed (a new store, so each figure's history,
 * chart are built again, by code already warm), and later
 * renders of the same content.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FigureChart } from "@/components/figure-chart";
import { FiguresPage } from "@/components/figures-page";
import { getFiguresView, getSiteView } from "@/lib/content";

const RUNS = 15;
/** CONTENT_REFRESH_MS, as scripts/bench/figures.ts sets it: how often the store looks at the files (as a server's does every 5 s). */
const REFRESH_MS = Number(process.env.CONTENT_REFRESH_MS);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const slug = getSiteView().conflicts[0]!.slug; // reads and parses the content: not part of a page's time
const render = () => renderToStaticMarkup(createElement(FiguresPage, { view: getFiguresView(slug)! }));
const first = time(render); // builds each figure's history, once per store, with nothing compiled yet
const warm = Array.from({ length: RUNS }, () => time(render));

// A content change: one day's file is touched, the store is rebuilt (re-parsing that file: not page time), and the
// page is rendered from the new store's figures. Median of 5 changes.
const dir = path.join(process.env.CONTENT_DIR!, slug);
const day = path.join(
  dir,
  fs
    .readdirSync(dir)
    .filter((name) => name !== "_conflict.md")
    .sort()
    .at(-1)!,
);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const changed = Array.from({ length: 5 }, (_, i) => {
  const when = new Date(Date.now() + (i + 1) * 1000);
  fs.utimesSync(day, when, when);
  pause(REFRESH_MS + 50); // past the store's refresh interval, so the next call looks at the files
  getSiteView(); // the store notices the change and is rebuilt: not page time
  return time(render); // within the interval: the page's view query does not look at the files again
});
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
    changedMs: median(changed),
    medianMs: median(warm),
    slowestMs: Math.max(...warm),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    charts,
  }),
);
