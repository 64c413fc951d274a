/**
 * "Tail under load" (issue 12 §4): 64 connections on one day page of the 5,000-day build, from
 * the app server alone (`npm start`, a fresh server), `next start` alone (Next.js's own server, which
 * the app server replaced), the production setup and nginx serving the same bytes, with autocannon
 * and, when it is installed, wrk (`apt install wrk`). A plain Node.js server doing about the day
 * page's work per request, synchronously, shows what Node's HTTP server does under the same load
 * without Next.js or Daybook, with requests started as they are read and one per event-loop turn.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findNginx, runLoad, startAndWait, stopProcess, writeStaticNginx } from "./serve";

export interface TailRun {
  setup: string;
  client: "autocannon" | "wrk";
  run: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests unanswered after 2 s (each client's timeout, as wrk's `--timeout 2s`). */
  overTwoSeconds: number;
  errors: number;
}

const CONNECTIONS = 64;
const SECONDS = 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runAutocannon(url: string): Promise<Omit<TailRun, "setup" | "client" | "run">> {
  const r = await runLoad(url, CONNECTIONS, SECONDS, 2);
  return { requests: r.requests, p50: r.p50, p99: r.p99, max: r.max, overTwoSeconds: r.timeouts, errors: r.connectionErrors + r.non2xx };
}

/** wrk's `--latency` figures in ms ("812.00us", "41.70ms", "1.02s"). */
function parseWrkTime(text: string): number {
  const [, value, unit] = text.match(/([\d.]+)(us|ms|s|m)\b/) ?? [];
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit as "us" | "ms" | "s" | "m"];
  if (value === undefined || factor === undefined) throw new Error(`wrk: cannot read the time "${text}"`);
  return Number(value) * factor;
}

function runWrk(wrk: string, url: string): Omit<TailRun, "setup" | "client" | "run"> {
  const out = spawnSync(wrk, ["-t2", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", "--timeout", "2s", url], {
    encoding: "utf8",
  }).stdout;
  const line = (pattern: RegExp) => out.match(pattern)?.[1] ?? "";
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requests: Number(line(/(\d+) requests in/)),
    p50: parseWrkTime(line(/ 50%\s+(\S+)/)),
    p99: parseWrkTime(line(/ 99%\s+(\S+)/)),
    max: parseWrkTime(line(/Latency\s+\S+\s+\S+\s+(\S+)/)),
    overTwoSeconds: Number(socket?.[4] ?? 0),
    errors:
      Number(socket?.[1] ?? 0) + Number(socket?.[2] ?? 0) + Number(socket?.[3] ?? 0) + Number(line(/Non-2xx or 3xx responses: (\d+)/) || 0),
  };
}

function findWrk(): string | undefined {
  return spawnSync("which", ["wrk"]).status === 0 ? "wrk" : undefined;
}

/** Both clients against `url`: autocannon `runs` times, then wrk twice (when installed). */
async function measure(setup: string, url: string, runs: number, label = (i: number) => `${i + 1}`): Promise<TailRun[]> {
  const rows: TailRun[] = [];
  for (let i = 0; i < runs; i++) {
    rows.push({ setup, client: "autocannon", run: label(i), ...(await runAutocannon(url)) });
    await pause(5_000);
  }
  const wrk = findWrk();
  for (let i = 0; wrk && i < 2; i++) {
    rows.push({ setup, client: "wrk", run: `${i + 1}`, ...runWrk(wrk, url) });
    await pause(5_000);
  }
  return rows;
}

/**
 * Runs every setup in turn on the 5,000-day build (`env`: CONTENT_DIR, NEXT_DIST_DIR), each on
 * its own ports, and returns one row per 10 s run. `day` is the day page's path.
 */
export async function measureTail(root: string, env: Record<string, string>, day: string): Promise<TailRun[]> {
  const rows: TailRun[] = [];
  // The app server alone, fresh: one request renders nothing new (the page was built), then the load.
  const appOrigin = "http://127.0.0.1:4150";
  const app = await startAndWait(
    "node",
    ["scripts/app-server.mjs", "-p", "4150", "-H", "127.0.0.1"],
    { ...env, SITE_URL: appOrigin },
    `${appOrigin}/`,
  );
  let html: Buffer;
  try {
    html = Buffer.from(await (await fetch(`${appOrigin}${day}`)).arrayBuffer());
    rows.push(
      ...(await measure("app server alone (npm start)", `${appOrigin}${day}`, 4, (i) =>
        i === 0 ? "1 (its first load since it started)" : `${i + 1}`,
      )),
    );
  } finally {
    stopProcess(app);
  }
  // Next.js's own server on the same build (pages keep their client runtime there).
  const nextOrigin = "http://127.0.0.1:4155";
  const next = await startAndWait(
    "npx",
    ["next", "start", "-p", "4155", "-H", "127.0.0.1"],
    { ...env, SITE_URL: nextOrigin },
    `${nextOrigin}/`,
  );
  try {
    await fetch(`${nextOrigin}${day}`);
    rows.push(...(await measure("next start alone", `${nextOrigin}${day}`, 1)));
  } finally {
    stopProcess(next);
  }
  // A plain Node.js HTTP server (no Next.js): 1.2 ms of synchronous work per request, the day page's bytes;
  // requests started as Node reads them, then one per event-loop turn as the app server starts them.
  for (const [mode, setup] of [
    ["as-read", "plain Node.js server, 1.2 ms of synchronous work per request"],
    ["one-per-turn", "plain Node.js server, the same, one request started per event-loop turn"],
  ]) {
    const plain = spawn("node", [path.join(root, "scripts/bench/plain-server.mjs"), "4160", mode!], { stdio: "ignore", detached: true });
    try {
      await pause(1_000);
      rows.push(...(await measure(setup!, "http://127.0.0.1:4160/", 1)));
    } finally {
      stopProcess(plain);
    }
    await pause(1_000);
  }
  const nginx = findNginx();
  if (!nginx) return rows;
  const production = await startAndWait(
    "node",
    ["scripts/serve-production.mjs"],
    { ...env, PORT: "4250", UPSTREAM_PORT: "4251", HOST: "127.0.0.1", SITE_URL: "http://127.0.0.1:4250" },
    "http://127.0.0.1:4250/",
  );
  try {
    await fetch(`http://127.0.0.1:4250${day}`);
    rows.push(...(await measure("production setup (nginx cache → app server)", `http://127.0.0.1:4250${day}`, 2)));
  } finally {
    stopProcess(production);
  }
  const pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-tail-"));
  fs.mkdirSync(path.join(pagesDir, "day"));
  fs.writeFileSync(path.join(pagesDir, "day", "index.html"), html);
  const { config, runDir } = writeStaticNginx(pagesDir, 4350);
  const staticNginx = await startAndWait(nginx, ["-c", config, "-g", "daemon off;"], {}, "http://127.0.0.1:4350/day/");
  try {
    rows.push(...(await measure("nginx, the same bytes from disk (limit)", "http://127.0.0.1:4350/day/", 1)));
  } finally {
    stopProcess(staticNginx);
    fs.rmSync(pagesDir, { recursive: true, force: true });
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  return rows;
}
