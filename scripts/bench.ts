/**
 * `npm run bench`: measures what grows with history. Figures go to stdout and to
 * BENCHMARKS.md. A benchmark, never a test: nothing here passes or fails.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { computeArchiveMonths, computeMonthCalendar } from "@/lib/archive";
import { isError } from "@/lib/errors";
import { readContent } from "@/lib/read-content";
import { buildSearchIndex, searchBriefings } from "@/lib/search";
import { writeCorpus } from "./bench/corpus";

const SIZES = [500, 1_500, 1_700, 5_000];
const QUERIES = ["zaporizhzhia", "zaporizhia", "air defence", "artillery shells kherson", "drones", "qwxzv"];
const rows: string[][] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-bench-"));
try {
  for (const days of SIZES) {
    const dir = path.join(root, String(days));
    const bytes = writeCorpus(dir, days);
    readContent(dir); // warm up the JIT before timing
    const load = median([0, 1, 2].map(() => time(() => readContent(dir)).ms));
    const snapshot = readContent(dir);
    const error = snapshot.issues.find(isError);
    if (error) throw new Error(`synthetic corpus invalid: ${error.message}`);
    const conflict = snapshot.conflicts[0]!;
    const briefings = snapshot.briefings.get(conflict.slug)!;

    const build = time(() => buildSearchIndex(snapshot.conflicts, briefings));
    const queryTimes = QUERIES.map((q) => median([0, 1, 2, 3, 4].map(() => time(() => searchBriefings(build.value, { q })).ms)));

    const calendar = time(() => {
      const months = computeArchiveMonths(conflict.start, briefings);
      const byDate = new Map(briefings.map((b) => [b.date, b]));
      return months.map((m) => computeMonthCalendar(m.year, m.month, byDate)).length;
    });

    rows.push([
      days.toLocaleString("en"),
      (bytes / 1024 / 1024).toFixed(1),
      (load / days).toFixed(3),
      (bytes / 1024 / 1024 / (load / 1000)).toFixed(1),
      build.ms.toFixed(0),
      median(queryTimes).toFixed(2),
      Math.max(...queryTimes).toFixed(2),
      `${calendar.ms.toFixed(1)} (${calendar.value} months)`,
    ]);
    console.log(`${days} days done`);
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

const header = ["days", "corpus MB", "load ms/briefing (target ≤ 1)", "load MB/s", "search index build ms", "query ms, median of queries", "query ms, slowest query", "all month calendars ms"];
const table = [
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const report = `# Benchmarks\n\nMade by \`npm run bench\` on ${machine}.\n\n## Content pipeline, search and calendar\n\nA deterministic synthetic corpus (scripts/bench/corpus.ts): one conflict from 2022-02-24, each day 2–6 KB with three sections of 3–8 items, links, places and topics. "Load" reads, parses, validates and renders every briefing to HTML on one core (median of 3). Queries: ${QUERIES.map((q) => `\`${q}\``).join(", ")} (median of 5 runs each).\n\n${table}\n`;
fs.writeFileSync("BENCHMARKS.md", report);
console.log(`\n${table}\n\nWritten to BENCHMARKS.md`);
