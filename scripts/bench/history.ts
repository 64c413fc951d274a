/**
 * The cost of history from git: reading it once per build or refresh, a build at
 * 5,000 days with and without a repository, and a history page of a file with 50
 * revisions rendered by `next start` on a cold cache.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent, loadContentHistory } from "@/lib/content";
import { writeCorpus } from "./corpus";
import { commitCorpusHistory, type CorpusHistoryOptions } from "./git-corpus";
import { measureCommand } from "./process-tree";
import { startAndWait, stopProcess } from "./serve";

const DAYS = 5_000;
/** The day edited 50 times (not among the newest, so nothing about it is prerendered). */
const EDITED_DAY = 2_500;
/** A realistic repository: days published 20 at a time, 100 commits of corrections to earlier days, one day edited 50 times. */
export const REALISTIC: CorpusHistoryOptions = { batch: 20, edits: 100, editedDay: EDITED_DAY, editedDayEdits: 50 };
/** A huge one: every day published on its own and edited three more times. */
const HUGE: CorpusHistoryOptions = { batch: 1, edits: 0, editedDay: EDITED_DAY, editedDayEdits: 50, editsPerDay: 3 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Writes the 5,000-day corpus as a git repository; returns its commits. */
export function writeGitCorpus(dir: string, options: CorpusHistoryOptions = REALISTIC): number {
  writeCorpus(dir, DAYS);
  return commitCorpusHistory(dir, options);
}

/** The day edited 50 times, as a date. */
function getEditedDate(dir: string): string {
  return fs
    .readdirSync(path.join(dir, "russia-ukraine"))
    .filter((name) => name !== "_conflict.md")
    .sort()
    [EDITED_DAY]!.replace(".md", "");
}

export interface HistoryReading {
  commits: number;
  /** Median ms of reading the folder with a warm parse cache, without and with the history from git. */
  contentMs: number;
  historyMs: number;
  tracked: number;
  revisions: number;
}

/** What one refresh's reading of git costs (the folder's files already parsed): median of 3. */
function measureReading(dir: string, commits: number): HistoryReading {
  const cache = new Map();
  loadContent(dir, cache);
  const contentMs = median([0, 1, 2].map(() => time(() => loadContent(dir, cache))));
  let counts = new Map<string, number>();
  const historyMs = median([0, 1, 2].map(() => time(() => (counts = loadContentHistory(dir, cache)))));
  return { commits, contentMs, historyMs, tracked: counts.size, revisions: [...counts.values()].reduce((a, b) => a + b, 0) };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Reading the history at 5,000 days in a realistic repository (`dir`) and in a huge one (made in `work`). */
export function measureHistoryReadings(dir: string, commits: number, work: string): { realistic: HistoryReading; huge: HistoryReading } {
  const realistic = measureReading(dir, commits);
  const hugeDir = path.join(work, "history-huge");
  const hugeCommits = writeGitCorpus(hugeDir, HUGE);
  const huge = measureReading(hugeDir, hugeCommits);
  fs.rmSync(hugeDir, { recursive: true, force: true });
  return { realistic, huge };
}

/** `next build` of the same 5,000 days without and with their git repository. */
export async function measureBuilds(root: string, dist: string, dir: string, work: string): Promise<{ plainMs: number; gitMs: number }> {
  const plain = path.join(work, "history-plain");
  fs.rmSync(plain, { recursive: true, force: true });
  fs.cpSync(dir, plain, { recursive: true, filter: (source) => path.basename(source) !== ".git" });
  const build = async (contentDir: string) => {
    fs.rmSync(path.join(root, dist), { recursive: true, force: true });
    const result = await measureCommand(
      "npx",
      ["next", "build"],
      { CONTENT_DIR: contentDir, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" },
      root,
    );
    if (result.status !== 0) throw new Error(`next build failed:\n${result.output.slice(-3000)}`);
    return result.ms;
  };
  const plainMs = await build(plain);
  const gitMs = await build(dir); // last, so the build folder is the git one
  fs.rmSync(plain, { recursive: true, force: true });
  return { plainMs, gitMs };
}

async function timeRequest(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

export interface HistoryPageTimes {
  editedDate: string;
  /** Medians over `runs` restarts of next start, ms; the 50-revision day has 51 published revisions (its first and 50 edits). */
  cold50: number;
  cached50: number;
  cold1: number;
  coldDay: number;
  changesFeed: number;
  runs: number;
}

/**
 * Server time of history pages on the git build, from a fresh `next start` whose
 * content is already loaded (an old day's page is asked first): the 50-revision
 * day's history on a cold cache (nothing rendered, nothing read from git yet),
 * then again from the cache; a day with one revision; for scale, a cold day page.
 */
export async function measureHistoryPages(dir: string, dist: string, port: number, runs = 3): Promise<HistoryPageTimes> {
  const origin = `http://127.0.0.1:${port}`;
  const editedDate = getEditedDate(dir);
  const counts = loadContentHistory(dir);
  if (counts.get(`russia-ukraine/${editedDate}`) !== 51) throw new Error(`${editedDate} should have 51 published revisions`);
  const once = [...counts].filter(([, n]) => n === 1).map(([key]) => key.slice("russia-ukraine/".length));
  const samples: Record<"cold50" | "cached50" | "cold1" | "coldDay" | "changesFeed", number[]> = {
    cold50: [],
    cached50: [],
    cold1: [],
    coldDay: [],
    changesFeed: [],
  };
  for (let run = 0; run < runs; run++) {
    const server = await startAndWait(
      "npx",
      ["next", "start", "-p", String(port), "-H", "127.0.0.1"],
      { CONTENT_DIR: dir, NEXT_DIST_DIR: dist, SITE_URL: origin },
      `${origin}/`,
    );
    try {
      await timeRequest(`${origin}/russia-ukraine/2022-03-01`); // loads the content once
      samples.coldDay.push(await timeRequest(`${origin}/russia-ukraine/2022-04-0${1 + run}`));
      samples.cold50.push(await timeRequest(`${origin}/russia-ukraine/${editedDate}/history`));
      samples.cached50.push(await timeRequest(`${origin}/russia-ukraine/${editedDate}/history`));
      samples.cold1.push(await timeRequest(`${origin}/russia-ukraine/${once[100 + run]}/history`));
      samples.changesFeed.push(await timeRequest(`${origin}/russia-ukraine/changes.xml`));
    } finally {
      stopProcess(server);
    }
  }
  return {
    editedDate,
    runs,
    cold50: median(samples.cold50),
    cached50: median(samples.cached50),
    cold1: median(samples.cold1),
    coldDay: median(samples.coldDay),
    changesFeed: median(samples.changesFeed),
  };
}
