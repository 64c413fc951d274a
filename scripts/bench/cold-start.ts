/**
 * A restarted the app server (`npm start`)'s first request for a page rendered on demand (an old
 * day), which has to load every briefing: with the parse cache the build left in
 * the build folder, and without it.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startAndWait, stopProcess } from "./serve";

async function timeFirstRequest(env: Record<string, string>, port: number, page: string): Promise<number> {
  const origin = `http://127.0.0.1:${port}`;
  // The home page is prerendered: answering it loads no content.
  const server = await startAndWait("node", ["scripts/app-server.mjs", "-p", String(port), "-H", "127.0.0.1"], env, `${origin}/`);
  try {
    const start = performance.now();
    const response = await fetch(`${origin}${page}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    return performance.now() - start;
  } finally {
    stopProcess(server);
  }
}

/** Milliseconds to the first response after a restart, with and without `<dist>/daybook-parse-cache.bin`. */
export async function measureColdStart(
  root: string,
  dist: string,
  env: Record<string, string>,
  port: number,
  page: string,
): Promise<{ withCache: number; withoutCache: number }> {
  const cacheFile = path.join(root, dist, "daybook-parse-cache.bin");
  if (!fs.existsSync(cacheFile)) throw new Error(`no parse cache at ${cacheFile}: was the build made with this code?`);
  const withCache = await timeFirstRequest(env, port, page);
  fs.rmSync(cacheFile);
  const withoutCache = await timeFirstRequest(env, port, page);
  return { withCache, withoutCache };
}
