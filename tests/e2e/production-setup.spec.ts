import net from "node:net";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { getSecurityHeaders } from "../../lib/security-headers.mjs";
import { findListeningPid } from "./listening-pid";
import { startProductionCopy, type ProductionSetup } from "./production";

// `npm run start:production` (scripts/serve-production.mjs: nginx in front of the app server) on
// copies of the shipped build and content, on 127.0.0.1 only: the app is killed under load,
// search is flooded from one address, then the runner is stopped (issue 16, items 2 and 6).
const PORT = 3132;
const UPSTREAM_PORT = 3133;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Pages read before the crash: nginx holds them. */
const CACHED = ["/", "/russia-ukraine", "/russia-ukraine/2024-01-07", "/russia-ukraine/2024-01-03", "/russia-ukraine/archive/2024/01"];
const HEADERS = getSecurityHeaders().map(({ key }) => key.toLowerCase());

test.describe.configure({ mode: "serial", timeout: 90_000 });
let setup: ProductionSetup;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.beforeAll(async () => {
  setup = await startProductionCopy("production", PORT, UPSTREAM_PORT);
});
test.afterAll(() => setup?.kill());

/** Asks until nginx answers a page from its cache (HIT), at most 5 s. */
async function warm(pathname: string): Promise<void> {
  for (let i = 0; i < 25; i++) {
    const response = await fetch(`${ORIGIN}${pathname}`);
    await response.arrayBuffer();
    if (response.headers.get("x-cache-status") === "HIT") return;
    await sleep(200);
  }
  throw new Error(`${pathname} is not cached by nginx`);
}

test("the app is killed under load: cached pages keep answering 200, others a 503 page, and new pages answer again within 5 s", async () => {
  for (const page of CACHED) await warm(page);
  const statuses: Record<number, number> = {};
  const loading = autocannon({
    url: ORIGIN,
    connections: 16,
    // A steady load (not all of the 2 shared cores: the restarting app needs some to boot).
    overallRate: 500,
    duration: 8,
    requests: CACHED.map((p) => ({
      path: p,
      method: "GET" as const,
      onResponse: (status: number) => void (statuses[status] = (statuses[status] ?? 0) + 1),
    })),
  });
  await sleep(1_000);

  const appPid = findListeningPid(UPSTREAM_PORT);
  expect(appPid, "the app server is listening").toBeDefined();
  process.kill(appPid!, "SIGKILL"); // as the kernel's out-of-memory killer would
  const killedAt = Date.now();

  // Pages never asked before (a new query string each time: never in nginx's cache) until one answers 200.
  const seen: number[] = [];
  let unavailable: Response | undefined;
  let backAfter = -1;
  for (let i = 0; Date.now() - killedAt < 10_000; i++) {
    const response = await fetch(`${ORIGIN}/russia-ukraine/2024-01-05?fresh=${i}`);
    seen.push(response.status);
    if (response.status === 503 && !unavailable) unavailable = response;
    else await response.arrayBuffer();
    if (response.status === 200) {
      backAfter = Date.now() - killedAt;
      break;
    }
    await sleep(100);
  }
  const result = await loading;
  console.log(
    `crash: ${result.requests.total} requests to cached pages in 8 s, statuses ${JSON.stringify(statuses)}, errors ${result.errors}; new pages: ${seen.filter((s) => s === 503).length} × 503, then 200 after ${backAfter} ms`,
  );

  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(Object.keys(statuses)).toEqual(["200"]);
  expect(backAfter, `statuses seen: ${seen.join(", ")}`).toBeGreaterThan(0);
  expect(backAfter).toBeLessThan(5_000);

  // While the app was down, what nginx could not serve was a clear 503 page with the site's security headers.
  expect(unavailable, `statuses seen: ${seen.join(", ")}`).toBeDefined();
  expect(unavailable!.headers.get("content-type")).toMatch(/^text\/html/);
  expect(unavailable!.headers.get("retry-after")).toBe("5");
  for (const header of HEADERS) expect(unavailable!.headers.get(header), header).toBeTruthy();
  expect(await unavailable!.text()).toContain("This page is not available right now");

  // The runner logged the crash and the restart, and the new app serves.
  expect(setup.output()).toMatch(/Daybook: the app server was killed by SIGKILL after [\d.]+ s; restart 1 in \d+ ms/);
  expect(setup.output()).toMatch(/Daybook: the app server restarted \(pid \d+\)/);
  expect(findListeningPid(UPSTREAM_PORT)).not.toBe(appPid);
});

test("the API's downloads go out gzipped through nginx", async () => {
  for (const [pathname, type] of [
    ["/api/v1/conflicts/russia-ukraine/days.ndjson", "application/x-ndjson"],
    ["/api/v1/conflicts/russia-ukraine/items.csv", "text/csv; charset=utf-8"],
  ]) {
    const response = await fetch(`${ORIGIN}${pathname}`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status, pathname).toBe(200);
    expect(response.headers.get("content-type"), pathname).toBe(type);
    expect(response.headers.get("content-encoding"), pathname).toBe("gzip");
    expect((await response.text()).length, pathname).toBeGreaterThan(1024); // fetch decodes it: the whole file arrived
  }
});

test("a burst of searches from one address gets 429 pages that explain themselves; day pages are not limited", async () => {
  const searches: Response[] = [];
  for (let i = 0; i < 30; i++) searches.push(await fetch(`${ORIGIN}/search?q=kyiv`));
  const statuses = searches.map((r) => r.status);
  console.log(`30 searches in a row: ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 429).length} × 429`);
  // A person's burst is served (the first ten at least), a script's is not.
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  const limited = searches.find((r) => r.status === 429)!;
  expect(limited.headers.get("retry-after")).toBe("10");
  expect(limited.headers.get("content-type")).toMatch(/^text\/html/);
  for (const header of HEADERS) expect(limited.headers.get(header), header).toBeTruthy();
  expect(await limited.text()).toContain("Too many searches from your address");

  // Meanwhile, from the same address, 100 day and list pages at once all answer.
  const pages = await Promise.all(
    Array.from({ length: 100 }, (_, i) => fetch(`${ORIGIN}${CACHED[i % CACHED.length]}`).then((r) => r.status)),
  );
  expect(pages.filter((s) => s !== 200)).toEqual([]);

  // The API's place is limited the same way (an unknown address under /api/ answers a 404 problem).
  const api = await Promise.all(Array.from({ length: 40 }, () => fetch(`${ORIGIN}/api/nothing-yet`).then((r) => r.status)));
  expect(api.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  expect(api.filter((s) => s !== 429 && s !== 404)).toEqual([]);
});

test("stopping the runner (SIGTERM) stops nginx and the app cleanly", async () => {
  const exited = new Promise<number | null>((resolve) => setup.runner.once("exit", (code) => resolve(code)));
  process.kill(setup.runner.pid!, "SIGTERM");
  expect(await Promise.race([exited, sleep(15_000).then(() => "still running")])).toBe(0);
  for (const port of [PORT, UPSTREAM_PORT]) {
    expect(findListeningPid(port), `something still listens on ${port}`).toBeUndefined();
    const refused = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => resolve(false)).once("error", () => resolve(true));
      setTimeout(() => socket.destroy(), 1_000);
    });
    expect(refused).toBe(true);
  }
});
