/**
 * Resilience at 5,000 days (issue 16): the app server (`npm start`) under the search flood
 * while a reader opens day pages nobody has opened yet; its memory after each
 * stage (start, first page, first search, a crawl of every day page and 5,000
 * made-up addresses, 60 s of flood); and the first search after a restart.
 */
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { getTreeRss } from "./process-tree";
import { withHeapCeiling } from "../server-memory.mjs";
import { stopProcess } from "./serve";
import type { FloodResult } from "./flood";

export interface ResilienceResult {
  flood: FloodResult & { seconds: number };
  pages: { count: number; p50: number; p99: number; max: number; failures: number };
  rss: [stage: string, bytes: number][];
  floodPeakRss: number;
  /** The machine's 1-minute load average as the flood began and as it ended (other work shares the cores). */
  loadAverage: [number, number];
  firstSearch: { ms: number; outcome: string };
  /** The server's own line about the index it built ("Daybook search index ready: …"). */
  indexLog: string;
}

interface Server {
  child: ChildProcess;
  output: () => string;
}

async function startServer(root: string, env: Record<string, string>, port: number): Promise<Server> {
  // node runs next directly (not through npx), so the process tree is the server alone; with
  // the heap ceiling `npm start` gives it.
  const child = spawn("node", [path.join(root, "scripts/app-server.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...env, NODE_OPTIONS: withHeapCeiling(process.env.NODE_OPTIONS) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).ok) return { child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app server did not start:\n${output}`);
}

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const start = performance.now();
  try {
    const response = await fetch(url);
    const body = await response.text();
    return { ms: performance.now() - start, status: response.status, body };
  } catch {
    return { ms: performance.now() - start, status: 0, body: "" };
  }
}

function describeSearch(body: string): string {
  const reason = /data-reason="([a-z-]+)"/.exec(body)?.[1];
  if (reason) return `refused: ${reason}`;
  return /id="results-heading"[^>]*>([^<]*)/.exec(body)?.[1]?.replace(/&[a-z]+;/g, "") ?? "no heading";
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Fetches `urls` with `concurrency` requests at a time; returns how many failed (5xx or no answer). */
async function crawl(urls: string[], concurrency: number): Promise<number> {
  let next = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const { status } = await timed(urls[next++]!);
        if (status === 0 || status >= 500) failures++;
      }
    }),
  );
  return failures;
}

/** Runs the flood in its own process for `seconds`, resolving with its result. */
function runFloodProcess(root: string, origin: string, seconds: number): Promise<FloodResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/bench/flood-cli.ts", origin, "8", String(seconds)], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(output.trim().split("\n").at(-1)!)) : reject(new Error(`flood exited ${code}`)),
    );
  });
}

/**
 * Measures the 5,000-day build in `dist` served from `corpusDir`: `dates` are the
 * corpus's days, oldest first (the newest 30 are prerendered by the build).
 */
export async function measureResilience(
  root: string,
  env: Record<string, string>,
  port: number,
  dates: string[],
): Promise<ResilienceResult> {
  const origin = `http://127.0.0.1:${port}`;
  const dayUrl = (date: string) => `${origin}/russia-ukraine/${date}`;
  const rss: [string, number][] = [];
  let server = await startServer(root, env, port);
  const pid = () => server.child.pid!;
  try {
    rss.push(["start", getTreeRss(pid())]);
    await timed(dayUrl(dates[0]!));
    rss.push(["first page (an old day, rendered on demand)", getTreeRss(pid())]);
    await timed(`${origin}/search?q=zaporizhzhia`);
    rss.push(["first search", getTreeRss(pid())]);

    // The flood, while a reader opens day pages nobody has opened yet, one after another.
    const seconds = 20;
    const loadBefore = os.loadavg()[0]!;
    const flooding = runFloodProcess(root, origin, seconds);
    await new Promise((r) => setTimeout(r, 1_500)); // the flood's process starting up
    const latencies: number[] = [];
    let pageFailures = 0;
    let floodPeakRss = 0;
    let done = false;
    void flooding.finally(() => (done = true));
    for (let i = 1; !done && i < dates.length - 30; i++) {
      const { ms, status } = await timed(dayUrl(dates[i]!));
      if (status !== 200) pageFailures++;
      latencies.push(ms);
      floodPeakRss = Math.max(floodPeakRss, getTreeRss(pid()));
    }
    const flood = { ...(await flooding), seconds };
    const loadAverage: [number, number] = [loadBefore, os.loadavg()[0]!];
    latencies.sort((a, b) => a - b);
    const pages = {
      count: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? 0,
      failures: pageFailures,
    };

    // Every day page, then 5,000 made-up addresses (404s, each cached in memory by Next.js).
    const crawlFailures = await crawl(
      [...dates.map(dayUrl), ...Array.from({ length: 5_000 }, (_, i) => `${origin}/russia-ukraine/made-up-${i}`)],
      8,
    );
    if (crawlFailures > 0) throw new Error(`${crawlFailures} crawl requests failed`);
    rss.push(["crawl (every day page and 5,000 made-up addresses)", getTreeRss(pid())]);

    // 60 s of flood, sampling memory as it goes.
    const longFlood = runFloodProcess(root, origin, 60);
    let longDone = false;
    void longFlood.finally(() => (longDone = true));
    while (!longDone) {
      floodPeakRss = Math.max(floodPeakRss, getTreeRss(pid()));
      await new Promise((r) => setTimeout(r, 500));
    }
    await longFlood;
    rss.push(["60 s of flood", getTreeRss(pid())]);
    const indexLog = /Daybook search index ready: .*/.exec(server.output())?.[0] ?? "(not logged)";
    stopProcess(server.child);
    await new Promise((r) => setTimeout(r, 1_000));

    // Restart: the first search, sent as soon as the server answers.
    server = await startServer(root, env, port);
    const first = await timed(`${origin}/search?q=zaporizhzhia`);
    return { flood, pages, rss, floodPeakRss, loadAverage, firstSearch: { ms: first.ms, outcome: describeSearch(first.body) }, indexLog };
  } finally {
    stopProcess(server.child);
  }
}
