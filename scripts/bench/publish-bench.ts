/**
 * "Publish" (issue 12): the production setup (nginx in front of the app server) on the
 * 5,000-day build, serving a copy of its corpus; 20 changes written one after another
 * (new days and changes to them), each surface timed until it serves the change.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measurePublish, type PublishEdit } from "./publish";
import { startAndWait, stopProcess } from "./serve";

export interface PublishBench {
  edits: PublishEdit[];
  /** Per surface, and for "every surface" (the slowest of each edit): p50 and p95 in ms, over the edits that have it. */
  rows: { surface: string; count: number; p50: number; p95: number; max: number }[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Runs the measurement; `env` holds NEXT_DIST_DIR (the 5,000-day build) and `corpus` its content folder. */
export async function runPublishBench(env: Record<string, string>, corpus: string, edits = 20): Promise<PublishBench> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-publish-"));
  const content = path.join(work, "content");
  fs.cpSync(corpus, content, { recursive: true });
  const conflictDir = path.join(content, "russia-ukraine");
  const newest = fs
    .readdirSync(conflictDir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .sort()
    .at(-1)!
    .slice(0, 10);
  const origin = "http://127.0.0.1:4400";
  const server = await startAndWait(
    "node",
    ["scripts/serve-production.mjs"],
    {
      ...env,
      CONTENT_DIR: content,
      PORT: "4400",
      UPSTREAM_PORT: "4401",
      HOST: "127.0.0.1",
      RUN_DIR: path.join(work, "nginx"),
      SITE_URL: origin,
    },
    `${origin}/`,
  );
  try {
    // The content is read (and the search index built) once the server starts; publishing is timed after.
    await fetch(`${origin}/search?q=kyiv`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const results = await measurePublish(origin, conflictDir, newest, edits, { everyMs: 50, timeoutMs: 60_000 });
    const surfaces = [...new Set(results.flatMap((edit) => Object.keys(edit.times)))];
    const series = [
      ...surfaces.map((surface) => ({ surface, values: results.flatMap((edit) => (surface in edit.times ? [edit.times[surface]!] : [])) })),
      { surface: "every surface (the slowest of each change)", values: results.map((edit) => Math.max(...Object.values(edit.times))) },
    ];
    const rows = series.map(({ surface, values }) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { surface, count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
    });
    return { edits: results, rows };
  } finally {
    stopProcess(server);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    fs.rmSync(work, { recursive: true, force: true });
  }
}
