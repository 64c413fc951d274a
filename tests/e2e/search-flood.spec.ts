import { expect, test } from "@playwright/test";
import { runSearchFlood } from "../../scripts/bench/flood";
import { startShippedCopy, type TestServer } from "./server";

// The flood of issue 16 at small scale: 8 clients searching a common word plus a random number
// (every query misses the result cache) while a reader opens pages. The 2 s bound is functional;
// the speed figures are the bench's (npm run bench -- --only resilience).
const PORT = 3106;
let server: TestServer;

test.describe.configure({ timeout: 90_000 });
test.beforeAll(async () => {
  server = await startShippedCopy("search-flood", PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

test("day pages answer within 2 s while 8 clients flood search", async () => {
  // A fresh server loads each route's code on its first request: not what this test is about.
  for (const path of ["/search?q=kyiv", "/russia-ukraine/2024-01-04"]) await (await fetch(`${server.origin}${path}`)).text();
  const flooding = runSearchFlood(server.origin, 8, 10);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const pages = [
    "/russia-ukraine/2024-01-02",
    "/russia-ukraine/2024-01-03",
    "/russia-ukraine",
    "/russia-ukraine/archive/2024/01",
    "/no-such-page",
  ];
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const path of pages) {
      const start = Date.now();
      const response = await fetch(`${server.origin}${path}`);
      await response.text();
      times.push(Date.now() - start);
      expect(response.status, path).toBe(path === "/no-such-page" ? 404 : 200);
      // Never stuck behind searches (before the worker, a page waited up to 5.2 s behind a flood at 5,000 days).
      expect(Date.now() - start, `${path} during the flood`).toBeLessThan(10_000);
    }
  }
  // Within 2 s as a rule (the bar), judged on the 90th percentile of the 15 requests: Playwright's other
  // workers share the same 2 cores, and one request that loses the CPU to them says nothing about search.
  const sorted = [...times].sort((a, b) => a - b);
  expect(sorted[Math.ceil(sorted.length * 0.9) - 1], `page times during the flood: ${times.join(", ")} ms`).toBeLessThan(2_000);
  const flood = await flooding;
  console.log(
    `flood: ${flood.searches} searches in 10 s (${flood.answered} answered, refused ${JSON.stringify(flood.refused)}), ${flood.turnedAway} turned away; pages ${times.join(", ")} ms`,
  );
  // Every search got an answer: results, a message, or (while pages waited) a 503 saying search is busy.
  expect(flood.searches + flood.turnedAway).toBeGreaterThan(50);
  expect(flood.failures).toBe(0);
  expect(flood.answered).toBeGreaterThan(0);
});
