/**
 * `npm run bench`: how Daybook's costs grow with history and with load, beside
 * their targets and, for serving, beside nginx serving the same bytes from disk.
 * A benchmark, never a test: nothing here passes or fails. Writes BENCHMARKS.md.
 * `npm run bench -- --quick` measures only the content pipeline, search, calendars
 * and the figures page; `npm run bench -- --only figures` only the figures page
 * (its table replaced in BENCHMARKS.md, the others kept);
 * `npm run bench -- --only api` only the open-data downloads (and updates only their table).
 * `npm run bench -- --only history` only the history from git (its section of
 * BENCHMARKS.md is replaced, the rest kept).
 * `npm run bench -- --only resilience` only the Resilience tables (and replaces
 * just those in BENCHMARKS.md).
 * `npm run bench -- --only maps` only the maps, replacing that section of BENCHMARKS.md.
 * `npm run bench -- --only publish` only publishing speed, `--only serving` only the
 * Serving table (the app server, the production setup and nginx under load), `--only lighthouse` only
 * Lighthouse on every page type, `--only weight` the page weight, `--only tail` the tail under load (64 connections on a day
 * page: the app server alone and the production setup, with autocannon and wrk), each replacing its section.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { computeArchiveMonths, computeMonthCalendar, isError, loadContent } from "@/lib/content";
import { buildSearchIndex, searchBriefings } from "@/lib/search/search-index";
import { writeCorpus } from "./bench/corpus";
import { measureCommand } from "./bench/process-tree";
import { findNginx, getTreeRss, runLoad, startAndWait, stopProcess, writeStaticNginx } from "./bench/serve";
import { measureColdStart } from "./bench/cold-start";
import { commitCorpusHistory } from "./bench/git-corpus";
import { measureBuilds, measureHistoryReadings, REALISTIC, writeGitCorpus } from "./bench/history";
import { measureHistoryPages } from "./bench/history-pages";
import { measurePageWeights } from "./bench/weight";
import { formatFiguresRows, measureFiguresPage } from "./bench/figures";
import { measureApiDownloads } from "./bench/api";
import { replaceSection } from "./bench/sections";
import { measureIndexMemory } from "./bench/index-memory";
import { measureResilience } from "./bench/resilience";
import { runPublishBench } from "./bench/publish-bench";
import { measureTail } from "./bench/tail";
import {
  listCorpusDates,
  MAPS_HEADER,
  MAPS_INTRO,
  MAPS_TITLE,
  measureMapsInProcess,
  measureMapsServed,
  runMapsBench,
  writeBenchmarkSection,
} from "./bench/maps";

const ROOT = path.resolve(import.meta.dirname, "..");
const QUICK = process.argv.includes("--quick");
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const PARTS = ["api", "figures", "history", "lighthouse", "maps", "publish", "resilience", "serving", "tail", "weight"];
if (ONLY !== undefined && !PARTS.includes(ONLY)) throw new Error(`--only ${ONLY}: the parts that run on their own are ${PARTS.join(", ")}`);
const SIZES = [500, 1_500, 5_000];
const QUERIES = ["zaporizhzhia", "zaporizhia", "air defence", "artillery shells kherson", "drones", "qwxzv"];
const DIST = ".next-bench";
const tables: string[] = [];

const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}
function table(title: string, intro: string, header: string[], rows: string[][]): void {
  const text = [
    `## ${title}`,
    "",
    intro,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
  tables.push(text);
  console.log(`\n${text}`);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-bench-"));
const corpusDir = (days: number) => path.join(work, `corpus-${days}`);

const API_TITLE = "API downloads";
/** The open-data downloads of the 5,000-day build (which must be in DIST, made from corpusDir(5,000)). */
async function benchApi(): Promise<void> {
  const env = { CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, SITE_URL: "http://127.0.0.1:4100" };
  table(
    API_TITLE,
    "The app server (`npm start`) serving the 5,000-day build: each conflict-wide download from `/api/v1/conflicts/<slug>/`, streamed as it is read, fetched by a plain HTTP client on the same 2 cores (medians of 3 after a warm-up): uncompressed, and the CSV also with gzip asked (the app server (\`npm start\`) compresses \`text/csv\`, not \`application/x-ndjson\`, which is missing from its list of compressible types). Targets: first byte ≤ 200 ms, the whole file ≤ 3 s, and the server's memory not growing by the file's size, even when a client stops reading (paused 3 s after its first chunk: the server waits, holding about one 64 KB chunk).",
    [
      "file",
      "MB",
      "first byte ms (target ≤ 200)",
      "whole file ms (target ≤ 3,000)",
      "server memory growth MB",
      "growth MB, client paused 3 s",
    ],
    await measureApiDownloads(env, 4100, "russia-ukraine"),
  );
}

/** For a part run on its own: writes the 5,000-day corpus and builds it into DIST. */
async function buildCorpus5000(): Promise<void> {
  const bytes = writeCorpus(corpusDir(5_000), 5_000);
  console.log(`Corpus: 5,000 days, ${fmt(bytes / 1024 ** 2, 1)} MB. Building it…`);
  fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  const build = await measureCommand(
    "npx",
    ["next", "build"],
    { CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    ROOT,
  );
  if (build.status !== 0) throw new Error(`next build failed:\n${build.output.slice(-3000)}`);
}

if (ONLY === "api") {
  await buildCorpus5000();
  await benchApi();
  const file = path.join(ROOT, "BENCHMARKS.md");
  fs.writeFileSync(file, replaceSection(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n", API_TITLE, tables.at(-1)!));
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  console.log(`\nThe "${API_TITLE}" table of BENCHMARKS.md is updated.`);
  process.exit(0);
}

if (ONLY === "maps") {
  const rows = await runMapsBench({
    root: ROOT,
    corpusDir: corpusDir(5_000),
    dist: DIST,
    port: 4100,
    writeCorpus,
    build: async (env) => {
      fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
      const result = await measureCommand("npx", ["next", "build"], env, ROOT);
      if (result.status !== 0) throw new Error(`next build failed:\n${result.output.slice(-3000)}`);
    },
    start: async (env, origin) => {
      const server = await startAndWait("node", ["scripts/app-server.mjs", "-p", "4100", "-H", "127.0.0.1"], env, `${origin}/`);
      return { stop: () => stopProcess(server) };
    },
  });
  table(MAPS_TITLE, MAPS_INTRO, MAPS_HEADER, rows);
  writeBenchmarkSection(path.join(ROOT, "BENCHMARKS.md"), MAPS_TITLE, tables.at(-1)!);
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  console.log("\nThe Maps section of BENCHMARKS.md is written.");
  process.exit(0);
}

// 1–2. Corpus and content pipeline, search, calendars.
const pipelineRows: string[][] = [];
for (const days of ONLY ? [] : [...SIZES, 1_700].sort((a, b) => a - b)) {
  const dir = corpusDir(days);
  const bytes = writeCorpus(dir, days);
  loadContent(dir); // warm up the JIT
  const load = median([0, 1, 2].map(() => time(() => loadContent(dir)).ms));
  const snapshot = loadContent(dir);
  const error = snapshot.issues.find(isError);
  if (error) throw new Error(`synthetic corpus invalid: ${error.message}`);
  const conflict = snapshot.conflicts[0]!;
  const briefings = snapshot.briefings.get(conflict.slug)!;
  const index = time(() => buildSearchIndex(snapshot.conflicts, briefings));
  const queries = QUERIES.map((q) => median([0, 1, 2, 3, 4].map(() => time(() => searchBriefings(index.value, { q })).ms)));
  const byDate = new Map(briefings.map((b) => [b.date, b]));
  const months = computeArchiveMonths(conflict.start, briefings);
  const calendar = time(() => months.map((m) => computeMonthCalendar(m.year, m.month, byDate)));
  pipelineRows.push([
    fmt(days),
    fmt(bytes / 1024 / 1024, 1),
    fmt(load / days, 3),
    fmt(bytes / 1024 / 1024 / (load / 1000), 1),
    fmt(index.ms),
    fmt(median(queries), 1),
    fmt(Math.max(...queries), 1),
    `${fmt(calendar.ms, 1)} (${months.length} months)`,
  ]);
}
if (!ONLY)
  table(
    "Content pipeline, search and calendars",
    `A deterministic synthetic corpus (scripts/bench/corpus.ts): one conflict from 2022-02-24, each day 2–6 KB with three sections of 3–8 items, links, places and topics. "Load" reads, parses, validates and renders every briefing to HTML on one core (median of 3). Queries: ${QUERIES.map((q) => `\`${q}\``).join(", ")} (median of 5 runs each); the corpus's small vocabulary makes common-word queries match most items, a worst case.`,
    [
      "days",
      "corpus MB",
      "load ms/briefing (target ≤ 1)",
      "load MB/s",
      "search index build ms (in the search worker, as the server starts)",
      "query ms, median",
      "query ms, slowest",
      "all month calendars ms",
    ],
    pipelineRows,
  );

// 2b. The figures page: rendering it (one view query, then the page component) and the size of its charts.
if (!ONLY || ONLY === "figures") {
  // --only figures: the corpora the pipeline step above would have written.
  if (ONLY) for (const days of SIZES) writeCorpus(corpusDir(days), days);
  const figureRows = SIZES.flatMap((days) => formatFiguresRows(days, measureFiguresPage(ROOT, corpusDir(days), days), fmt));
  table(
    "Figures",
    "The conflict's figures page (`/<conflict>/figures`) rendered to HTML as its route renders it: `getFiguresView`, then the page component, with React's production build in a process of its own (scripts/bench/figures-render.ts), the content already loaded. The corpus reports `drones-launched` every day (as many reports as days) and the cumulative `civilians-killed` every seventh day; each chart comes with a table of its 10 newest reports and links to the page of each year of reports. A page is rendered again only when its content changes: the first render after a change builds each figure's history and chart once for the new content; later renders of the same content reuse them. The process's first render also compiles the code, as after a restart. Targets: a render ≤ 100 ms of server time at 5,000 days; a chart of 5,000 reports ≤ 15 KB gzip (it is downsampled for drawing only).",
    [
      "days",
      "first render of a new process ms",
      "first render after a content change ms (target ≤ 100 at 5,000)",
      "later renders ms, median / slowest",
      "page HTML KB / KB gzip",
      "largest chart (target ≤ 15 KB gzip at 5,000 reports)",
    ],
    figureRows,
  );
}

// The 5,000-day corpus is a git repository of realistic size: builds and servers read each day's history from it.
const historyCommits = !QUICK && !ONLY ? commitCorpusHistory(corpusDir(5_000), REALISTIC) : 0;

if (!QUICK && !ONLY) {
  // 3. next build: wall time and peak memory of the whole process tree, cold.
  const buildRows: string[][] = [];
  const buildMs: number[] = [];
  for (const days of SIZES) {
    fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
    const result = await measureCommand(
      "npx",
      ["next", "build"],
      { CONTENT_DIR: corpusDir(days), NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
      ROOT,
    );
    if (result.status !== 0) throw new Error(`next build failed at ${days} days:\n${result.output.slice(-3000)}`);
    buildMs.push(result.ms);
    buildRows.push([fmt(days), fmt(result.ms / 1000, 1), fmt(result.ms / buildMs[0]!, 2), fmt(result.peakBytes / 1024 ** 3, 2)]);
  }
  table(
    "Build",
    `\`next build\` (cold: no previous build or cache) of the synthetic corpus (at 5,000 days a git repository of ${fmt(historyCommits)} commits, see "History from git"); peak memory is the resident memory of the whole process tree, sampled every 100 ms. The newest 30 days, 3 months and 30 tags of each kind are prerendered; older pages are rendered on first request and then cached. Peers measured on this machine with the same kind of corpus: minimal Next.js 16 22.6 / 41.9 / 111.5 s; Astro 5 19.9 / 47.9 / 129 s; Eleventy 3 2.5 / 5.0 / 11.9 s; Hugo 0.8 / 2.0 / 7.2 s at 500 / 1,500 / 5,000 days.`,
    ["days", "build s (target ≤ 30)", "× the 500-day time (target ≤ 1.2 at 5,000)", "peak memory GB (target < 2)"],
    buildRows,
  );

  // 4–6. Serving the 5,000-day build: the app server alone, the production setup, and nginx with the same bytes.
  const env = { CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, SITE_URL: "http://127.0.0.1:4100" };
  const latest = listCorpusDates(corpusDir(5_000)).at(-1)!;
  const next = await startAndWait("node", ["scripts/app-server.mjs", "-p", "4100", "-H", "127.0.0.1"], env, "http://127.0.0.1:4100/");
  try {
    await runServing(env, next);

    // 5. Page weight.
    await runPageWeight("http://127.0.0.1:4100", latest);

    // Maps: the map views in this process, then the map pages served by the 5,000-day build.
    const mapRows = [...measureMapsInProcess(corpusDir(5_000)), ...(await measureMapsServed("http://127.0.0.1:4100", corpusDir(5_000)))];
    table(MAPS_TITLE, MAPS_INTRO, MAPS_HEADER, mapRows);

    // 6. Lighthouse.
    runLighthouse("http://127.0.0.1:4100", latest);
  } finally {
    stopProcess(next);
  }

  // 6b. The tail under load: 64 connections on a day page, the app server alone, next start alone and the production setup.
  await runTail(env, latest);

  // 7. Resilience: the search flood, memory per stage, the first search after a restart.
  await runResilience(env);
  await runPublish(env);

  // 8. Restart: the first request that needs the content, with and without the parse cache.
  const oldest = `/russia-ukraine/${listCorpusDates(corpusDir(5_000))[0]!}`;
  const cold = await measureColdStart(ROOT, DIST, env, 4100, oldest);
  table(
    "Restart",
    `The app server (\`npm start\`), restarted, on the 5,000-day build, then its first request for a page rendered on demand (\`${oldest}\`), which loads every briefing: reading the parse cache that the build leaves in its folder, or parsing all 5,000 files again.`,
    ["parse cache", "first request ms"],
    [
      ["present (as shipped)", fmt(cold.withCache)],
      ["removed", fmt(cold.withoutCache)],
    ],
  );

  // 8. The open-data downloads.
  await benchApi();
}

if (!QUICK && (!ONLY || ONLY === "history")) {
  // 8. History from git: reading it, the build with and without it, history pages.
  const dir = ONLY ? path.join(work, "history-5000") : corpusDir(5_000);
  const commits = ONLY ? writeGitCorpus(dir) : historyCommits;
  const readings = measureHistoryReadings(dir, commits, work);
  const builds = await measureBuilds(ROOT, DIST, dir, work);
  const pages = await measureHistoryPages(dir, DIST, 4100);
  const reading = (name: string, r: typeof readings.realistic) => [
    name,
    fmt(r.commits),
    `${fmt(r.tracked)} / ${fmt(r.revisions)}`,
    fmt(r.contentMs),
    fmt(r.historyMs),
    fmt(r.refreshMs),
  ];
  table(
    "History from git",
    [
      `5,000 synthetic days as a git repository (scripts/bench/git-corpus.ts, one \`git fast-import\`): realistic, days published 20 at a time with 100 commits correcting one to three earlier days and one day (${pages.editedDate}) edited 50 times; huge, every day published on its own and edited three more times. "Reading" is what each build process and each refresh of a running server does once: the folder with its files already parsed, then the same with each day's published revisions (one \`git log\`, one \`git cat-file --batch\` for past versions, each parsed to tell drafts and invalid versions: a process's first reading); a refresh, after one new commit, reads only the commits since the last reading and parses only the versions it has not seen (median of 3 commits). A build's processes share one reading through the build folder. Median of 3; the event loop is busy for the whole reading.`,
      "",
      "| repository | commits | days tracked / published revisions | reading without history ms | with history, first reading ms | with history, a refresh after a commit ms |",
      "| --- | --- | --- | --- | --- | --- |",
      `| ${reading("realistic", readings.realistic).join(" | ")} |`,
      `| ${reading("huge", readings.huge).join(" | ")} |`,
      "",
      `\`next build\` of the same 5,000 days (target: with git within 10 % of without, and of the 16.4 s measured before history existed), the median of ${builds.gitRuns.length} builds of each, made alternately: without the repository ${fmt(builds.plainMs / 1000, 1)} s, with it ${fmt(builds.gitMs / 1000, 1)} s (${fmt((100 * (builds.gitMs - builds.plainMs)) / builds.plainMs, 1)} %). Each build, in order: ${builds.plainRuns.map((ms, i) => `${fmt(ms / 1000, 1)} s without, ${fmt(builds.gitRuns[i]! / 1000, 1)} s with`).join("; ")}.`,
      "",
      `Server time of pages from the app server (\`npm start\`) on the git build, each the median of ${pages.runs} fresh servers whose content was already loaded (target: a history page of 50 revisions on a cold cache ≤ 200 ms):`,
    ].join("\n"),
    ["page", "ms"],
    [
      [`history of ${pages.editedDate} (51 published revisions), cold`, fmt(pages.cold50)],
      [`the same, from the cache`, fmt(pages.cached50)],
      ["history of a day with one revision, cold", fmt(pages.cold1)],
      ["an old day's page, cold (for scale)", fmt(pages.coldDay)],
      ["changes feed (`/russia-ukraine/changes.xml`), cold", fmt(pages.changesFeed)],
    ],
  );
}

if (ONLY === "serving") {
  await buildCorpus5000();
  const env = { CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, SITE_URL: "http://127.0.0.1:4100" };
  const next = await startAndWait("node", ["scripts/app-server.mjs", "-p", "4100", "-H", "127.0.0.1"], env, "http://127.0.0.1:4100/");
  try {
    await runServing(env, next);
  } finally {
    stopProcess(next);
  }
}

if (ONLY === "weight") {
  await buildCorpus5000();
  const env = { CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, SITE_URL: "http://127.0.0.1:4100" };
  const next = await startAndWait("node", ["scripts/app-server.mjs", "-p", "4100", "-H", "127.0.0.1"], env, "http://127.0.0.1:4100/");
  try {
    await runPageWeight("http://127.0.0.1:4100", listCorpusDates(corpusDir(5_000)).at(-1)!);
  } finally {
    stopProcess(next);
  }
}

/** The Page weight table: what Chromium downloads for four pages of the 5,000-day build served at `origin`. */
async function runPageWeight(origin: string, latest: string): Promise<void> {
  const weights = await measurePageWeights(origin, [`/russia-ukraine/${latest}`, "/", "/russia-ukraine", "/search?q=zaporizhzhia"]);
  table(
    "Page weight",
    `Bytes a reader downloads, measured in Chromium on the 5,000-day build: the HTML (raw and gzip) and every JS and CSS file the page actually loads (gzip, level 6). Production pages carry no Next.js client runtime (scripts/app-server.mjs), so the JS column counts script files the page fetches: none. Targets for the day page: HTML ≤ 30 KB gzip, JS ≤ 110 KB gzip in all, CSS ≤ 15 KB gzip. The conflict page lists its last year day by day (and every month as a link), so it stops growing after a year.${ONLY ? ` (Measured by \`npm run bench -- --only weight\` on ${describeMachine()}.)` : ""}`,
    ["page", "HTML KB", "HTML KB gzip", "JS KB gzip", "CSS KB gzip"],
    [...weights].map(([page, w]) => [
      `\`${page}\``,
      fmt(w.htmlBytes / 1024, 1),
      fmt(w.htmlGzip / 1024, 1),
      fmt(w.jsGzip / 1024, 1),
      fmt(w.cssGzip / 1024, 1),
    ]),
  );
}

if (ONLY === "lighthouse") {
  await buildCorpus5000();
  const env = { CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, SITE_URL: "http://127.0.0.1:4100" };
  const next = await startAndWait("node", ["scripts/app-server.mjs", "-p", "4100", "-H", "127.0.0.1"], env, "http://127.0.0.1:4100/");
  try {
    runLighthouse("http://127.0.0.1:4100", listCorpusDates(corpusDir(5_000)).at(-1)!);
  } finally {
    stopProcess(next);
  }
}

/** The Lighthouse table: every page type of the 5,000-day build served at `origin`, 3 runs each (scripts/lighthouse.mjs). */
function runLighthouse(origin: string, latest: string): void {
  const pages = [
    "/",
    "/russia-ukraine",
    `/russia-ukraine/${latest}`,
    `/russia-ukraine/archive/${latest.slice(0, 4)}/${latest.slice(5, 7)}`,
    "/russia-ukraine/archive",
    "/russia-ukraine/places/kharkiv",
    "/search?q=zaporizhzhia",
    "/russia-ukraine/map",
    "/russia-ukraine/figures",
    // The last full year of daily reports: the longest table a page has.
    `/russia-ukraine/figures/drones-launched/${Number(latest.slice(0, 4)) - 1}`,
  ];
  const run = spawnSync("node", ["scripts/lighthouse.mjs", origin, "--runs", "3", "--json", ...pages], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`lighthouse failed:\n${run.stderr.slice(-3000)}`);
  const rows = run.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LighthouseRow);
  table(
    "Lighthouse",
    `Lighthouse 12.8.2, mobile preset (simulated slow 4G and a 4× slower CPU), Debian's Chromium, against the app server (\`npm start\`) on the 5,000-day build, each page opened once before. Each page 3 times: the run with the median performance score is shown (the three scores in brackets), with its largest contentful paint and total blocking time; benchmarkIndex is Lighthouse's measure of this machine's CPU (median of the runs). Targets: performance ≥ 95 with LCP ≤ 1,500 ms and TBT ≤ 150 ms; accessibility, best practices and SEO 100 (the search page is \`noindex\`, which costs SEO points by design).${ONLY ? ` (Measured by \`npm run bench -- --only lighthouse\` on ${describeMachine()}.)` : ""}`,
    [
      "page",
      "performance (target ≥ 95)",
      "LCP ms (target ≤ 1,500)",
      "TBT ms (target ≤ 150)",
      "accessibility",
      "best practices",
      "SEO",
      "benchmarkIndex",
    ],
    rows.map((r) => [
      `\`${r.page}\``,
      `${r.performance} (${r.performanceRuns.join(", ")}${r.failedRuns.length ? `; ${r.failedRuns.length} failed run${r.failedRuns.length > 1 ? "s" : ""} (${r.failedRuns.join(", ")}) run again` : ""})`,
      fmt(r.lcp),
      fmt(r.tbt),
      r.accessibility === null ? "not scored" : String(r.accessibility),
      r.bestPractices === null ? "not scored" : String(r.bestPractices),
      r.seo === null ? "not scored" : String(r.seo),
      fmt(r.benchmarkIndex),
    ]),
  );
}

interface LighthouseRow {
  page: string;
  performance: number;
  performanceRuns: number[];
  /** Runs that failed (Lighthouse's error code), each run again. */
  failedRuns: string[];
  lcp: number;
  tbt: number;
  /** null: Lighthouse could not score the category in that run. */
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  benchmarkIndex: number;
}

if (ONLY === "tail") {
  await buildCorpus5000();
  await runTail({ CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST }, listCorpusDates(corpusDir(5_000)).at(-1)!);
}

/** The "Tail under load" table (scripts/bench/tail.ts) on the 5,000-day build in DIST. */
async function runTail(env: Record<string, string>, latest: string): Promise<void> {
  const rows = await measureTail(ROOT, env, `/russia-ukraine/${latest}`);
  const hasWrk = rows.some((r) => r.client === "wrk");
  table(
    "Tail under load",
    `64 connections, one request after another on each, for 10 s per row, on one day page of the 5,000-day build (\`/russia-ukraine/${latest}\`, about 90 KB), on this same 2-core machine as the clients. autocannon (Node.js, in the bench's process) and wrk (\`-t2 -c64 -d10s --timeout 2s\`${hasWrk ? "" : "; not installed here, so its rows are missing: \`apt install wrk\`"}); both count a request unanswered after 2 s as timed out and leave it out of the percentiles. The app server alone (\`npm start\`, scripts/app-server.mjs) is a fresh server: its first row is its first load since it started. \`next start\` alone is Next.js's own server on the same build (pages with their client runtime), which the app server replaced. Targets: the app server alone p99 ≤ 4 × p50 and no request over 2 s; the production setup p99 ≤ 50 ms. The plain Node.js server (scripts/bench/plain-server.mjs: 1.2 ms of synchronous work per request and 90 KB, no Next.js) shows what Node's HTTP server does on its own, first starting each request as Node reads it, then one request per event-loop turn as the app server does (lib/serve/request-turns.mjs): Node accepts one new connection per turn, so when every turn runs every waiting request, the last of 64 new connections waits seconds for its first answer. nginx serving the same bytes from disk is the limit of this machine with the client on it.${ONLY ? ` (Measured by \`npm run bench -- --only tail\` on ${describeMachine()}.)` : ""}`,
    [
      "setup",
      "client",
      "run",
      "requests",
      "p50 ms",
      "p99 ms",
      "p99 ÷ p50 (target ≤ 4 alone)",
      "slowest ms",
      "over 2 s (target 0)",
      "errors",
    ],
    rows.map((r) => [
      r.setup,
      r.client,
      r.run,
      fmt(r.requests),
      fmt(r.p50),
      fmt(r.p99),
      fmt(r.p99 / r.p50, 1),
      fmt(r.max),
      fmt(r.overTwoSeconds),
      fmt(r.errors),
    ]),
  );
}

if (ONLY === "publish") {
  await buildCorpus5000();
  await runPublish({ NEXT_DIST_DIR: DIST });
}

/** The Publish table: the production setup on the 5,000-day build in DIST, changes written into a copy of its corpus. */
async function runPublish(env: Record<string, string>): Promise<void> {
  const r = await runPublishBench(env, corpusDir(5_000));
  const ms = (value: number) => (Number.isFinite(value) ? fmt(value) : "never (60 s)");
  table(
    "Publish",
    `From the moment a file is written into the content folder to the moment each address serves the change, through the production setup (\`npm run start:production\`: nginx in front of the app server (\`npm start\`)) on the 5,000-day build, on this same 2-core machine as the clients. ${r.edits.length} changes one after another: a new day's file, then a change to that day's title and summary, and so on (scripts/bench/publish.ts); each address is asked every 50 ms until it holds the new text (search: the day in the results for a word only the change holds; the sitemap: the new day's address), each request from its own loopback address, as readers come from theirs (nginx limits search per address). The server learns of the change from the file system (lib/content/monitor.ts), reads it, has Next.js render every page again on its next request, and nginx keeps a page 1 s before asking again. Target: p95 ≤ 5 s on every address.${ONLY ? ` (Measured by \`npm run bench -- --only publish\` on ${describeMachine()}.)` : ""}`,
    ["address", "changes", "p50 ms", "p95 ms (target ≤ 5,000)", "slowest ms"],
    r.rows.map((row) => [row.surface, fmt(row.count), ms(row.p50), ms(row.p95), ms(row.max)]),
  );
}

if (ONLY === "resilience") {
  await buildCorpus5000();
  await runResilience({ CONTENT_DIR: corpusDir(5_000), NEXT_DIST_DIR: DIST, SITE_URL: "http://127.0.0.1:4100" });
}

/** The Resilience tables, on the 5,000-day corpus and its build in DIST. */
async function runResilience(env: Record<string, string>): Promise<void> {
  const dir = corpusDir(5_000);
  const dates = fs
    .readdirSync(path.join(dir, "russia-ukraine"))
    .filter((n) => n !== "_conflict.md")
    .sort()
    .map((n) => n.replace(".md", ""));
  const snapshot = loadContent(dir);
  const memory = measureIndexMemory(snapshot.conflicts, snapshot.briefings.get("russia-ukraine")!);
  const r = await measureResilience(ROOT, env, 4100, dates);
  const mb = (bytes: number) => fmt(bytes / 1024 ** 2);
  const ms = (value: number) => fmt(value);
  const refused = Object.entries(r.flood.refused).map(([reason, n]) => `${fmt(n)} ${reason}`);
  table(
    "Resilience: search flood",
    `The app server (\`npm start\`) on the 5,000-day build, on this same 2-core machine as the clients. The flood: ${r.flood.seconds} s of 8 clients each sending one search after another of a common word plus a random number (\`the 123456\`, \`said 98765\`), so every query misses the result cache (scripts/bench/flood.ts, in a process of its own). Meanwhile one reader opens day pages nobody has opened yet (older days, rendered on demand), one after another. Targets: uncached day pages p99 ≤ 300 ms, no error. The machine's load average (1 minute) was ${fmt(r.loadAverage[0], 1)} as the flood began and ${fmt(r.loadAverage[1], 1)} as it ended, on 2 cores (other work shares them).${ONLY ? ` (Measured by \`npm run bench -- --only resilience\` on ${describeMachine()}.)` : ""}`,
    ["measure", "value"],
    [
      [
        "searches answered 200",
        `${fmt(r.flood.searches)} (${fmt(r.flood.searches / r.flood.seconds)}/s): ${fmt(r.flood.answered)} with results${refused.length ? `, ${refused.join(", ")}` : ""}`,
      ],
      ["searches turned away by proxy.ts (503, search busy)", fmt(r.flood.turnedAway)],
      ["search latency p50 / p99 ms (all answers)", `${ms(r.flood.latencyP50)} / ${ms(r.flood.latencyP99)}`],
      ["search errors (other statuses, connection errors, timeouts)", fmt(r.flood.failures)],
      ["uncached day pages opened during the flood", fmt(r.pages.count)],
      ["uncached day page p50 / p99 / max ms (target p99 ≤ 300)", `${ms(r.pages.p50)} / ${ms(r.pages.p99)} / ${ms(r.pages.max)}`],
      ["day page errors", fmt(r.pages.failures)],
    ],
  );
  table(
    "Resilience: memory",
    `Resident memory of the app server (\`npm start\`) process after each stage, in order (the flood above comes between the first search and the crawl). Target: within 600 MB after the last stage. The search index lives in the search worker thread, in typed arrays; the server logged: "${r.indexLog}". In-process, at 5,000 days, that index keeps ${mb(memory.compact.bytes)} MB alive (built in ${ms(memory.compact.ms)} ms); a MiniSearch index of the same documents, as search used before, ${mb(memory.miniSearch.bytes)} MB (${ms(memory.miniSearch.ms)} ms).`,
    ["stage", "RSS MB"],
    [...r.rss.map(([stage, bytes]) => [stage, mb(bytes)]), ["highest sampled during the floods", mb(r.floodPeakRss)]],
  );
  table(
    "Resilience: restart",
    "The app server (`npm start`), restarted (the parse cache present, as shipped), then a search sent as soon as it answers: the index is built in the background when the server starts, and a search waits up to 5 s for it before saying search is starting up.",
    ["first search after a restart", "ms", "answer"],
    [["`/search?q=zaporizhzhia`", ms(r.firstSearch.ms), r.firstSearch.outcome]],
  );
}

/**
 * The Serving table: the 5,000-day build (in DIST, of corpusDir(5,000)) under autocannon, from
 * the app server alone (`npm start`) (already running on port 4100: `next`), the production setup, and nginx
 * serving the same bytes from disk.
 */
async function runServing(env: Record<string, string>, next: ReturnType<typeof spawn>): Promise<void> {
  const nginx = findNginx();
  const latest = listCorpusDates(corpusDir(5_000)).at(-1)!;
  const targets: [string, string][] = [
    ["day page", `/russia-ukraine/${latest}`],
    ["home page", "/"],
    ["search", "/search?q=zaporizhzhia"],
  ];
  const serveRows: string[][] = [];
  // Warm: render each target once (older days render on first request).
  for (const [, url] of targets) await fetch(`http://127.0.0.1:4100${url}`);
  const pagesDir = path.join(work, "static");
  for (const [name, url] of targets) {
    const file = path.join(pagesDir, name.replace(" ", "-"), "index.html");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await (await fetch(`http://127.0.0.1:4100${url}`)).arrayBuffer()));
  }
  const memoryBefore = getTreeRss(next.pid!);
  const setups: { name: string; origin: string; path: (name: string, url: string) => string }[] = [
    { name: "app server (npm start)", origin: "http://127.0.0.1:4100", path: (_n, url) => url },
  ];
  let production: ReturnType<typeof spawn> | undefined;
  let staticNginx: ReturnType<typeof spawn> | undefined;
  if (nginx) {
    production = await startAndWait(
      "node",
      ["scripts/serve-production.mjs"],
      { ...env, PORT: "4200", UPSTREAM_PORT: "4201", HOST: "127.0.0.1" },
      "http://127.0.0.1:4200/",
    );
    setups.push({ name: "production setup (nginx cache → app server)", origin: "http://127.0.0.1:4200", path: (_n, url) => url });
    const { config } = writeStaticNginx(pagesDir, 4300);
    staticNginx = await startAndWait(nginx, ["-c", config, "-g", "daemon off;"], {}, "http://127.0.0.1:4300/home-page/");
    setups.push({
      name: "nginx, same bytes from disk (limit)",
      origin: "http://127.0.0.1:4300",
      path: (n) => `/${n.replace(" ", "-")}/`,
    });
  }
  const limits = new Map<string, number>();
  for (const connections of [32, 256]) {
    for (const [name, url] of targets) {
      const results = [];
      for (const setup of [...setups].reverse()) {
        await runLoad(`${setup.origin}${setup.path(name, url)}`, 8, 1); // warm the connection pool and caches
        const r = await runLoad(`${setup.origin}${setup.path(name, url)}`, connections, 10);
        if (setup.name.startsWith("nginx")) limits.set(`${name}/${connections}`, r.requestsPerSecond);
        results.push({ setup, r });
      }
      for (const { setup, r } of results.reverse()) {
        const limit = limits.get(`${name}/${connections}`);
        serveRows.push([
          name,
          String(connections),
          setup.name,
          fmt(r.requestsPerSecond),
          `${r.p50} / ${r.p99}`,
          `${r.errors + r.non2xx}${r.otherStatuses ? ` (${r.otherStatuses})` : ""}${r.refused > 0 ? `; ${fmt(r.refused)} searches told busy` : ""}`,
          limit ? `${fmt((100 * r.requestsPerSecond) / limit, 1)} %` : "—",
        ]);
      }
    }
  }
  const memoryAfter = getTreeRss(next.pid!);
  if (production) stopProcess(production);
  if (staticNginx) stopProcess(staticNginx);
  table(
    "Serving",
    `The 5,000-day build under autocannon for 10 s per row (after a 1 s warm-up), on this same 2-core machine as the server. Targets: the app server alone (\`npm start\`) ≥ 10 % of nginx, the production setup (\`npm run start:production\`: nginx's response cache in front of the app server) ≥ 80 %. Search pages are per request (\`no-store\`), so nginx passes them through. The app server's resident memory: ${fmt(memoryBefore / 1024 ** 2)} MB before the load, ${fmt(memoryAfter / 1024 ** 2)} MB after.${nginx ? "" : " nginx is not installed here: only the app server was measured."}`,
    ["page", "connections", "setup", "requests/s", "latency p50 / p99 ms", "errors + non-2xx", "of nginx"],
    serveRows,
  );
}

fs.rmSync(work, { recursive: true, force: true });
fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
function describeMachine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${fmt(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}
const machine = describeMachine();
const benchmarks = path.join(ROOT, "BENCHMARKS.md");
if (ONLY) {
  // Only this part's sections are replaced (or added), keeping the rest of the last full run.
  const previous = fs.existsSync(benchmarks) ? fs.readFileSync(benchmarks, "utf8") : "# Benchmarks\n";
  const titles = new Set(tables.map((text) => text.split("\n", 1)[0]));
  const kept = previous.split(/^(?=## )/m).filter((part) => !titles.has(part.split("\n", 1)[0]));
  const stamped =
    ONLY === "history" || ONLY === "figures" || ONLY === "serving"
      ? tables.map((text) => text.replace("\n\n", `\n\nMeasured by \`npm run bench -- --only ${ONLY}\` on ${machine}.\n\n`))
      : tables;
  fs.writeFileSync(benchmarks, [...kept, stamped.join("\n")].join(""));
} else {
  fs.writeFileSync(
    benchmarks,
    `# Benchmarks\n\nMade by \`npm run bench\`${QUICK ? " -- --quick" : ""} on ${machine}. Each figure stands beside its target.\n\n${tables.join("\n")}`,
  );
}
console.log("\nWritten to BENCHMARKS.md");
