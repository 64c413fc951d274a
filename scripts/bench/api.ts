/**
 * The open-data downloads at 5,000 days: time to the first byte and to the last, and
 * what the server's memory does meanwhile, for a client reading at full speed and for
 * one that stops reading after the first chunk (the server must then wait, holding
 * about one chunk, not make the rest of the file).
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { getTreeRss } from "./process-tree";
import { startAndWait, stopProcess } from "./serve";

interface Download {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  /** Largest growth of the server's resident memory over its level before the request. */
  peakGrowthBytes: number;
}

/** GETs a URL with a plain HTTP client, sampling the server tree's memory every 20 ms; the bytes counted are those on the wire. */
function download(url: string, serverPid: number, pauseMs = 0, encoding = "identity"): Promise<Download> {
  return new Promise((resolve, reject) => {
    const baseline = getTreeRss(serverPid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, getTreeRss(serverPid))), 20);
    const start = performance.now();
    let firstByteMs = 0;
    let bytes = 0;
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
        response.on("data", (chunk: Buffer) => {
          if (bytes === 0) {
            firstByteMs = performance.now() - start;
            // A client that stops reading: the socket's buffers fill, and the server must wait.
            if (pauseMs > 0) {
              response.pause();
              setTimeout(() => response.resume(), pauseMs);
            }
          }
          bytes += chunk.length;
        });
        response.on("end", () => {
          clearInterval(sampler);
          resolve({ firstByteMs, totalMs: performance.now() - start, bytes, peakGrowthBytes: Math.max(0, peak - baseline) });
        });
      })
      .on("error", reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Serves a 5,000-day build (already made in `dist` from `corpusDir`) with the app server (`npm start`)
 * and downloads each file: three times at full speed (medians), then once with a
 * client that pauses 3 s after the first chunk; without compression, and with gzip
 * asked (the app server (`npm start`) compresses text/csv; application/x-ndjson is not in its list of
 * compressible types). Returns the table's rows.
 */
export async function measureApiDownloads(env: Record<string, string>, port: number, slug: string): Promise<string[][]> {
  const origin = `http://127.0.0.1:${port}`;
  const server = await startAndWait("node", ["scripts/app-server.mjs", "-p", String(port), "-H", "127.0.0.1"], env, `${origin}/robots.txt`);
  const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rows: string[][] = [];
  try {
    for (const [file, encoding] of [
      ["days.ndjson", "identity"],
      ["items.csv", "identity"],
      ["items.csv", "gzip"],
    ] as const) {
      const url = `${origin}/api/v1/conflicts/${slug}/${file}`;
      await download(url, server.pid!, 0, encoding); // warm: the first request after a start loads the content
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await download(url, server.pid!, 0, encoding));
      const slow = await download(url, server.pid!, 3_000, encoding);
      const size = runs[0]!.bytes;
      rows.push([
        `\`${file}\`${encoding === "gzip" ? " (gzip)" : ""}`,
        fmt(size / 1024 ** 2, 1),
        fmt(median(runs.map((r) => r.firstByteMs)), 1),
        fmt(median(runs.map((r) => r.totalMs))),
        fmt(median(runs.map((r) => r.peakGrowthBytes)) / 1024 ** 2, 1),
        `${fmt(slow.peakGrowthBytes / 1024 ** 2, 1)} (${fmt((100 * slow.peakGrowthBytes) / size, 1)} % of the file)`,
      ]);
    }
  } finally {
    stopProcess(server);
  }
  return rows;
}
