/**
 * The figures page at a given history: writes the synthetic corpus, then renders
 * the page in a child process (scripts/bench/figures-render.ts, React's
 * production build) and reads its timings and sizes.
 */
import { spawnSync } from "node:child_process";
import { writeCorpus } from "./corpus";

export interface FiguresMeasure {
  /** The process's first render: it builds each figure's history (once per store), with nothing compiled yet. */
  firstMs: number;
  /** The first render after the content changed: a new store's histories, charts and rows, built by warm code (median of 5). */
  changedMs: number;
  /** Later renders of the same content (median and slowest of 15). */
  medianMs: number;
  slowestMs: number;
  htmlBytes: number;
  htmlGzip: number;
  charts: { key: string; reports: number; drawn: number; bytes: number; gzip: number }[];
}

/** Renders the figures page of a `days`-day corpus written under `dir`. */
export function measureFiguresPage(root: string, dir: string, days: number): FiguresMeasure {
  writeCorpus(dir, days);
  const result = spawnSync("npx", ["tsx", "--tsconfig", "scripts/bench/render.tsconfig.json", "scripts/bench/figures-render.ts"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: dir, NODE_ENV: "production", CONTENT_REFRESH_MS: "1000" },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.status !== 0 || !line.startsWith("{"))
    throw new Error(`figures page render failed at ${days} days:\n${result.stderr.slice(-3000)}`);
  return JSON.parse(line) as FiguresMeasure;
}

/** The rows of the Figures table of BENCHMARKS.md. */
export function formatFiguresRows(days: number, m: FiguresMeasure, fmt: (n: number, digits?: number) => string): string[][] {
  const chart = m.charts.reduce((a, b) => (b.reports > a.reports ? b : a));
  return [
    [
      fmt(days),
      fmt(m.firstMs, 1),
      fmt(m.changedMs, 1),
      `${fmt(m.medianMs, 1)} / ${fmt(m.slowestMs, 1)}`,
      `${fmt(m.htmlBytes / 1024)} / ${fmt(m.htmlGzip / 1024, 1)}`,
      `\`${chart.key}\`: ${fmt(chart.reports)} reports, ${fmt(chart.drawn)} drawn, ${fmt(chart.bytes / 1024, 1)} KB / ${fmt(chart.gzip / 1024, 1)} KB gzip`,
    ],
  ];
}
