/**
 * Publishing speed (issue 12): a new day's file is written into a running server's
 * content folder (or the newest day's file is changed), and every address that should
 * show it is asked again and again until it does. Used by the bench ("Publish") and the
 * e2e test tests/e2e/publish-speed.spec.ts.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";

/** What a reader sees change, and how to tell that it has. */
export interface PublishSurface {
  name: string;
  path: string;
  /** Text that the answer holds once the change is served. */
  expect: string;
}

export interface PublishEdit {
  kind: "new day" | "changed day";
  date: string;
  /** Milliseconds from the file's write until each surface served the change. */
  times: Record<string, number>;
}

/** A word search can find and no other text holds: letters only ("publishmark" + the edit's number in letters). */
export function formatMarker(n: number, run: string): string {
  const letters = [...String(n)].map((digit) => "abcdefghij"[Number(digit)]).join("");
  return `publishmark${run}x${letters}`;
}

/** A short valid briefing that cites its one source (conflicts may require citations). */
export function formatTestDay(marker: string): string {
  return [
    "---",
    `title: Publishing test ${marker}`,
    `summary: A test briefing, ${marker}, written to time how fast a change is published.`,
    "sources:",
    "  - id: publish-test",
    "    name: Publish test",
    "    url: https://example.org/publish-test",
    "---",
    "## Battlefield",
    `- A test item that names ${marker}.[^publish-test]`,
    "",
  ].join("\n");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let nextAddress = 0;

/**
 * GETs `url` and resolves with its status and body. On the loopback each request comes from
 * its own address (127.0.0.2 to 127.0.0.250, as readers do from theirs): nginx limits search
 * per client address, and one poller asking 20 times a second is not one reader.
 */
function getText(url: string): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  const localAddress = target.hostname === "127.0.0.1" ? `127.0.0.${2 + (nextAddress++ % 249)}` : undefined;
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, localAddress, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error("timed out")));
  });
}

/** Asks `url` every `everyMs` until its body holds `text`; the time since `start`, or Infinity after `timeoutMs`. */
async function waitFor(url: string, text: string, start: number, everyMs: number, timeoutMs: number): Promise<number> {
  while (performance.now() - start < timeoutMs) {
    try {
      const { status, body } = await getText(url);
      if (status === 200 && body.includes(text)) return performance.now() - start;
    } catch {
      // a dropped connection counts as not yet
    }
    await sleep(everyMs);
  }
  return Infinity;
}

/** The surfaces of a new day on `date` whose text holds `marker`. */
export function getPublishSurfaces(slug: string, date: string, marker: string, newDay: boolean): PublishSurface[] {
  const surfaces = [
    { name: "day page", path: `/${slug}/${date}`, expect: marker },
    { name: "conflict page", path: `/${slug}`, expect: marker },
    { name: "home page", path: "/", expect: marker },
    { name: "feed", path: `/${slug}/feed.xml`, expect: marker },
    { name: "search", path: `/search?q=${marker}`, expect: `/${slug}/${date}` },
  ];
  // A changed day's address is in the sitemap already.
  return newDay ? [...surfaces, { name: "sitemap", path: "/sitemap.xml", expect: `/${slug}/${date}<` }] : surfaces;
}

/**
 * Makes `edits` changes one after another in `conflictDir` (odd ones a new day after
 * `afterDate`, even ones a change to the day just added) and times each surface of each
 * through `origin`. Each change waits until every surface showed the previous one.
 */
export async function measurePublish(
  origin: string,
  conflictDir: string,
  afterDate: string,
  edits: number,
  options: { everyMs?: number; timeoutMs?: number; pauseMs?: number } = {},
): Promise<PublishEdit[]> {
  const { everyMs = 50, timeoutMs = 30_000, pauseMs = 500 } = options;
  const slug = path.basename(conflictDir);
  const run = Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 4);
  const results: PublishEdit[] = [];
  let date = afterDate;
  for (let n = 0; n < edits; n++) {
    const newDay = n % 2 === 0;
    if (newDay) date = nextDate(date);
    const marker = formatMarker(n, run);
    const surfaces = getPublishSurfaces(slug, date, marker, newDay);
    const start = performance.now();
    fs.writeFileSync(path.join(conflictDir, `${date}.md`), formatTestDay(marker));
    const times = await Promise.all(surfaces.map((s) => waitFor(`${origin}${s.path}`, s.expect, start, everyMs, timeoutMs)));
    results.push({
      kind: newDay ? "new day" : "changed day",
      date,
      times: Object.fromEntries(surfaces.map((s, i) => [s.name, times[i]!])),
    });
    await sleep(pauseMs);
  }
  return results;
}

function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
