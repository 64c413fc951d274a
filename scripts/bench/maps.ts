/**
 * Maps (issue 13): the server time to draw a day's map and the conflict map at
 * 5,000 days, in process and as served by the app server (`npm start`), and the gzipped size of
 * the pages that carry maps. Part of `npm run bench`; `npm run bench -- --only maps`
 * runs it alone (it builds the 5,000-day corpus itself).
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { getConflictMapView, getConflictView, getDayView } from "@/lib/content";

const SLUG = "russia-ukraine";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, digits = 1) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The corpus's dates, oldest first (its folder also holds `_conflict.md`, `_places.yml` and `_map.topo.json`). */
export function listCorpusDates(corpusDir: string): string[] {
  return fs
    .readdirSync(path.join(corpusDir, SLUG))
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .map((name) => name.slice(0, 10))
    .sort();
}

/** Ranges of twelve months within the corpus, spread over it. */
function listRanges(dates: readonly string[], count: number): { from: string; to: string }[] {
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))];
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(((months.length - 12) * i) / Math.max(1, count - 1));
    return { from: months[start]!, to: months[Math.min(months.length - 1, start + 11)]! };
  });
}

/** Rows of figures measured in this process on the corpus: the views that compute the maps. */
export function measureMapsInProcess(corpusDir: string): string[][] {
  process.env.CONTENT_DIR = corpusDir;
  const dates = listCorpusDates(corpusDir);
  getConflictView(SLUG); // loads and indexes the 5,000 days: not a map cost
  const firstDay = time(() => getDayView(SLUG, dates.at(-1)!));
  const days = dates.slice(-200).map((date) => time(() => getDayView(SLUG, date)));
  const firstConflict = time(() => getConflictMapView(SLUG, {}));
  const cachedConflict = median([0, 1, 2, 3, 4].map(() => time(() => getConflictMapView(SLUG, {}))));
  const ranges = listRanges(dates, 20).map((range) => time(() => getConflictMapView(SLUG, range)));
  return [
    ["day map, first in a process (projects and simplifies the base map once)", `${fmt(firstDay)} ms`, "—"],
    [
      "day map (`getDayView`: markers, labels, the base map from the process's cache), median / slowest of 200 days",
      `${fmt(median(days))} / ${fmt(Math.max(...days))} ms`,
      "≤ 20 ms",
    ],
    ["conflict map at 5,000 days, whole war, first / cached", `${fmt(firstConflict)} / ${fmt(cachedConflict, 2)} ms`, "≤ 200 ms"],
    [
      "conflict map at 5,000 days, 12-month ranges, median / slowest of 20",
      `${fmt(median(ranges))} / ${fmt(Math.max(...ranges))} ms`,
      "≤ 200 ms",
    ],
  ];
}

/** Runs `run` on each item one after another (requests timed alone, not competing). */
async function mapInTurn<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}

async function timeRequest(url: string): Promise<{ ms: number; body: Buffer }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - start, body };
}

/** Rows of figures measured against the app server (`npm start`) serving the corpus's build: response times and gzipped page sizes. */
export async function measureMapsServed(origin: string, corpusDir: string): Promise<string[][]> {
  const dates = listCorpusDates(corpusDir);
  const latest = dates.at(-1)!;
  const latestMonth = latest.slice(0, 7);
  const ranges = listRanges(dates, 10);
  // Days older than the prerendered ones are rendered on their first request.
  const oldDays = await mapInTurn(dates.slice(100, 110), async (date) => (await timeRequest(`${origin}/${SLUG}/${date}`)).ms);
  await timeRequest(`${origin}/${SLUG}/map`); // warm: the process's first drawing of the frames
  const whole = await mapInTurn([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], async () => (await timeRequest(`${origin}/${SLUG}/map`)).ms);
  const ranged = await mapInTurn(ranges, async ({ from, to }) => (await timeRequest(`${origin}/${SLUG}/map?from=${from}&to=${to}`)).ms);
  const size = async (page: string) => {
    const { body } = await timeRequest(`${origin}${page}`);
    return `${fmt(gzipSync(body, { level: 6 }).length / 1024)} KB (${fmt(body.length / 1024, 0)} KB raw)`;
  };
  const [year, month] = latestMonth.split("-");
  return [
    [
      "day page with its map, rendered on its first request by the app server (`npm start`), median of 10 old days",
      `${fmt(median(oldDays), 0)} ms`,
      "—",
    ],
    [
      "conflict map page at 5,000 days, whole war, served by the app server (`npm start`), median of 10",
      `${fmt(median(whole), 0)} ms`,
      "≤ 200 ms",
    ],
    [
      "conflict map page at 5,000 days, 12-month ranges, median / slowest of 10",
      `${fmt(median(ranged), 0)} / ${fmt(Math.max(...ranged), 0)} ms`,
      "≤ 200 ms",
    ],
    [`day page HTML, gzip (\`/${SLUG}/${latest}\`)`, await size(`/${SLUG}/${latest}`), "≤ 45 KB"],
    [`conflict map page HTML at 5,000 days, gzip (\`/${SLUG}/map\`)`, await size(`/${SLUG}/map`), "≤ 120 KB"],
    [`conflict map page, a 12-month range, gzip`, await size(`/${SLUG}/map?from=${ranges[0]!.from}&to=${ranges[0]!.to}`), "≤ 120 KB"],
    [`month page with its map, gzip (\`/${SLUG}/archive/${year}/${month}\`)`, await size(`/${SLUG}/archive/${year}/${month}`), "—"],
    [`place page with its locator map, gzip (\`/${SLUG}/places/pokrovsk\`)`, await size(`/${SLUG}/places/pokrovsk`), "—"],
  ];
}

export const MAPS_TITLE = "Maps";
export const MAPS_INTRO =
  "The 5,000-day synthetic corpus with its gazetteer (16 places) and the shipped base map of Ukraine. In process: the views that compute each map (projection, label placement, the base map's paths from the per-process cache) on one core. Served: the app server (`npm start`) on the corpus's build, one request at a time; sizes are the HTML only, gzip level 6.";
export const MAPS_HEADER = ["what", "measured", "target"];

/**
 * `npm run bench -- --only maps`: writes the 5,000-day corpus, measures the map
 * views in process, builds it, serves it with the app server (`npm start`) on `port` and
 * measures the pages. Returns the table's rows.
 */
export async function runMapsBench(options: {
  root: string;
  corpusDir: string;
  dist: string;
  port: number;
  writeCorpus: (dir: string, days: number) => number;
  build: (env: Record<string, string>) => Promise<void>;
  start: (env: Record<string, string>, origin: string) => Promise<{ stop: () => void }>;
}): Promise<string[][]> {
  options.writeCorpus(options.corpusDir, 5_000);
  const inProcess = measureMapsInProcess(options.corpusDir);
  const origin = `http://127.0.0.1:${options.port}`;
  const env = { CONTENT_DIR: options.corpusDir, NEXT_DIST_DIR: options.dist, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: "1" };
  await options.build(env);
  const server = await options.start(env, origin);
  try {
    return [...inProcess, ...(await measureMapsServed(origin, options.corpusDir))];
  } finally {
    server.stop();
  }
}

/** Replaces (or adds) one `## title` section of BENCHMARKS.md, leaving the others as they are. */
export function writeBenchmarkSection(file: string, title: string, text: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n\n";
  const start = current.indexOf(`\n## ${title}\n`);
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${text}`);
    return;
  }
  const next = current.indexOf("\n## ", start + 1);
  fs.writeFileSync(file, `${current.slice(0, start + 1)}${text}${next === -1 ? "" : current.slice(next)}`);
}
