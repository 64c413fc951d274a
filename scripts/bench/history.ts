/**
 * The cost of history from git: reading it once per build or refresh, and a
 * build at 5,000 days with and without a repository (history pages are timed
 * in history-pages.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent, loadContentHistory } from "@/lib/content";
import { writeCorpus } from "./corpus";
import { commitCorpusHistory, type CorpusHistoryOptions } from "./git-corpus";
import { measureCommand } from "./process-tree";

const DAYS = 5_000;
/** The day edited 50 times (not among the newest, so nothing about it is prerendered). */
const EDITED_DAY = 2_500;
/** A realistic repository: days published 20 at a time, 100 commits of corrections to earlier days, one day edited 50 times. */
export const REALISTIC: CorpusHistoryOptions = { batch: 20, edits: 100, editedDay: EDITED_DAY, editedDayEdits: 50 };
/** A huge one: every day published on its own and edited three more times. */
const HUGE: CorpusHistoryOptions = { batch: 1, edits: 0, editedDay: EDITED_DAY, editedDayEdits: 50, editsPerDay: 3 };

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Writes the 5,000-day corpus as a git repository; returns its commits. */
export function writeGitCorpus(dir: string, options: CorpusHistoryOptions = REALISTIC): number {
  writeCorpus(dir, DAYS);
  return commitCorpusHistory(dir, options);
}

/** The day edited 50 times, as a date. */
export function getEditedDate(dir: string): string {
  return fs
    .readdirSync(path.join(dir, "russia-ukraine"))
    .filter((name) => name !== "_conflict.md")
    .sort()
    [EDITED_DAY]!.replace(".md", "");
}

export interface HistoryReading {
  commits: number;
  /** Median ms of reading the folder with a warm parse cache: without history, with it (a first reading), and a refresh after a new commit. */
  contentMs: number;
  historyMs: number;
  refreshMs: number;
  tracked: number;
  revisions: number;
}

/** Commits an edit of one day, as an editor's correction arriving at a server. */
function commitEdit(dir: string, n: number): void {
  const file = path.join(dir, "russia-ukraine", fs.readdirSync(path.join(dir, "russia-ukraine")).sort()[100 + n]!);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n- /, `\n- Refreshed ${n}. `));
  const result = spawnSync("git", ["-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-qam", `Edit ${n}`], {
    cwd: dir,
  });
  if (result.status !== 0) throw new Error(`git commit failed: ${result.stderr}`);
}

/**
 * What reading git costs (the folder's files already parsed): a process's first
 * reading (median of 3), and a refresh after one new commit (median of 3).
 */
function measureReading(dir: string, commits: number): HistoryReading {
  const cache = new Map();
  loadContent(dir, cache);
  const contentMs = median([0, 1, 2].map(() => time(() => loadContent(dir, cache))));
  let history = loadContentHistory(dir, { cache });
  const historyMs = median([0, 1, 2].map(() => time(() => (history = loadContentHistory(dir, { cache })))));
  const refreshes = [0, 1, 2].map((n) => {
    commitEdit(dir, n);
    return time(() => (history = loadContentHistory(dir, { cache, previous: history })));
  });
  return {
    commits,
    contentMs,
    historyMs,
    refreshMs: median(refreshes),
    tracked: history.counts.size,
    revisions: [...history.counts.values()].reduce((a, b) => a + b, 0),
  };
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

/**
 * `next build` of the same 5,000 days without and with their git repository,
 * alternately (`runs` of each, the git build last, so the build folder is the git
 * one): the difference is a second or two, less than one build's variation on
 * this machine, so one build of each does not tell it. Medians, and every build.
 */
export async function measureBuilds(
  root: string,
  dist: string,
  dir: string,
  work: string,
  runs = 3,
): Promise<{ plainMs: number; gitMs: number; plainRuns: number[]; gitRuns: number[] }> {
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
  const plainRuns: number[] = [];
  const gitRuns: number[] = [];
  for (let run = 0; run < runs; run++) {
    plainRuns.push(await build(plain));
    gitRuns.push(await build(dir));
  }
  fs.rmSync(plain, { recursive: true, force: true });
  return { plainMs: median(plainRuns), gitMs: median(gitRuns), plainRuns, gitRuns };
}
