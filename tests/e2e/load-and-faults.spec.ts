import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { getTreeRss } from "../../scripts/bench/process-tree";
import { withHeapCeiling } from "../../scripts/server-memory.mjs";
import { startServer, type TestServer } from "./server";

// A production server of its own, on copies of the shipped build and content, loaded hard on 127.0.0.1.
const PORT = 3104;
const WORK = path.resolve(".test-results/load");
const CONTENT = path.join(WORK, "content");
const PATHS = [
  "/",
  "/russia-ukraine",
  "/russia-ukraine/2024-01-07",
  "/russia-ukraine/2024-01-03",
  "/search?q=kyiv",
  "/feed.xml",
  "/sitemap.xml",
  "/russia-ukraine/archive/2024/01",
  "/no-such-page",
];

test.describe.configure({ mode: "serial", timeout: 240_000 });
let server: TestServer;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

test.beforeAll(async () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.cpSync("content", CONTENT, { recursive: true });
  fs.cpSync(".next", path.join(WORK, "next"), { recursive: true });
  server = await startServer("start", PORT, {
    CONTENT_DIR: CONTENT,
    NEXT_DIST_DIR: ".test-results/load/next",
    SITE_URL: `http://127.0.0.1:${PORT}`,
    // As npm start and the production setup run it: with the heap ceiling.
    NODE_OPTIONS: withHeapCeiling(process.env.NODE_OPTIONS),
  });
});
test.afterAll(async () => {
  await server?.stop();
});

async function load(seconds: number, connections: number) {
  const statuses: Record<number, number> = {};
  let shed = 0;
  const result = await autocannon({
    url: server.origin,
    connections,
    duration: seconds,
    requests: PATHS.map((p) => ({
      path: p,
      method: "GET" as const,
      onResponse: (status: number) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        // Search turned away while a flood of searches has pages waiting (proxy.ts): a deliberate, cheap 503.
        if (status === 503 && p.startsWith("/search")) shed++;
      },
    })),
  });
  return { result, statuses, shed };
}

test("64 connections for 20 s: zero errors and zero 5xx but searches turned away", async () => {
  const { result, statuses, shed } = await load(20, 64);
  const serverErrors =
    Object.entries(statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0) - shed;
  console.log(
    `load: ${result.requests.total} requests in 20 s (${Math.round(result.requests.average)}/s), p99 ${result.latency.p99} ms, statuses ${JSON.stringify(statuses)} (${shed} searches turned away), errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  expect(result.requests.total).toBeGreaterThan(1_000);
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(serverErrors).toBe(0);
  expect(statuses[404]).toBeGreaterThan(0); // the unknown page answered 404, not 500
});

test("10,000 requests aborted mid-response leave the server within its memory ceiling", async () => {
  const serverPid = await findServerPid();
  await load(3, 16); // warm up
  const before = getTreeRss(serverPid);
  let aborted = 0;
  const abortOne = (target: string) =>
    new Promise<void>((resolve) => {
      const socket = net.connect(PORT, "127.0.0.1", () =>
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
      );
      const abort = () => {
        if (socket.destroyed) return;
        aborted++;
        socket.destroy();
        resolve();
      };
      socket.once("data", abort);
      // A search turned away during a flood gets its 503 only after a second's wait (search-admission.ts):
      // such a client gives up while it waits, which must leave nothing behind either.
      setTimeout(abort, 250);
      socket.once("error", () => resolve());
      socket.once("close", () => resolve());
    });
  const targets = ["/russia-ukraine", "/search?q=kyiv", "/russia-ukraine/2024-01-07", "/feed.xml"];
  for (let batch = 0; batch < 200; batch++) {
    await Promise.all(Array.from({ length: 50 }, (_, i) => abortOne(targets[(batch + i) % targets.length]!)));
  }
  await new Promise((r) => setTimeout(r, 5_000));
  await load(2, 8);
  const after = getTreeRss(serverPid);
  console.log(`aborts: ${aborted} requests aborted; server memory ${mb(before)} MB before, ${mb(after)} MB after`);
  expect(aborted).toBeGreaterThanOrEqual(9_900);
  // Heap growth up to the ceiling is V8 collecting lazily, not a leak (it rises and falls from one batch to the
  // next); a leak would pass the ceiling and kill the server, which the status check below would see.
  expect(after).toBeLessThan(600 * 1024 * 1024);
  expect((await fetch(`${server.origin}/russia-ukraine/2024-01-07`)).status).toBe(200);
});

test("keeps serving under load while a file turns invalid and another disappears", async () => {
  const loading = load(10, 32);
  await new Promise((r) => setTimeout(r, 2_000));
  fs.writeFileSync(path.join(CONTENT, "russia-ukraine", "2024-01-07.md"), "---\nsummary: [broken\n---\n");
  fs.rmSync(path.join(CONTENT, "russia-ukraine", "2024-01-02.md"));
  const { result, statuses, shed } = await loading;
  // Searches turned away as "search is busy" (503, proxy.ts) are the server protecting pages, not errors.
  const serverErrors =
    Object.entries(statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0) - shed;
  expect(result.errors).toBe(0);
  expect(serverErrors).toBe(0);
  const kept = await fetch(`${server.origin}/russia-ukraine/2024-01-07`);
  expect(kept.status).toBe(200);
  expect(await kept.text()).toContain("Kamikawa");
  expect((await fetch(`${server.origin}/russia-ukraine/2024-01-05`)).status).toBe(200);
});

/** The pid of the process listening on PORT (the next-server under npx). */
async function findServerPid(): Promise<number> {
  const inode = fs
    .readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .concat(fs.readFileSync("/proc/net/tcp6", "utf8").split("\n"))
    .map((line) => line.trim().split(/\s+/))
    .find((cols) => cols[1]?.endsWith(`:${PORT.toString(16).toUpperCase().padStart(4, "0")}`) && cols[3] === "0A")?.[9];
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
      }
    } catch {
      // not ours to read, or gone
    }
  }
  throw new Error("server pid not found");
}
