/**
 * Server time of history pages: the app server (`npm start`) on the 5,000-day git build, a page
 * of a file with 50 revisions on a cold cache, from the cache, and for scale.
 */
import { performance } from "node:perf_hooks";
import { loadContentHistory } from "@/lib/content";
import { getEditedDate, median } from "./history";
import { startAndWait, stopProcess } from "./serve";

async function timeRequest(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

export interface HistoryPageTimes {
  editedDate: string;
  /** Medians over `runs` restarts of the app server, ms; the 50-revision day has 51 published revisions (its first and 50 edits). */
  cold50: number;
  cached50: number;
  cold1: number;
  coldDay: number;
  changesFeed: number;
  runs: number;
}

/**
 * Server time of history pages on the git build, from a fresh the app server (`npm start`) whose
 * content is already loaded (an old day's page is asked first): the 50-revision
 * day's history on a cold cache (nothing rendered, nothing read from git yet),
 * then again from the cache; a day with one revision; for scale, a cold day page.
 */
export async function measureHistoryPages(dir: string, dist: string, port: number, runs = 3): Promise<HistoryPageTimes> {
  const origin = `http://127.0.0.1:${port}`;
  const editedDate = getEditedDate(dir);
  const { counts } = loadContentHistory(dir);
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
      ["scripts/app-server.mjs", "-p", String(port), "-H", "127.0.0.1"],
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
