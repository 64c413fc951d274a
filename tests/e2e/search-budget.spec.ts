import { expect, test } from "@playwright/test";
import { startShippedCopy, type TestServer } from "./server";

// A server of its own whose search worker takes 2 s over any query with the word "slowpoke"
// (TEST_SEARCH_DELAY, a test-only hook read in lib/config.ts): a pathologically slow query.
const PORT = 3105;
const DELAY_MS = 2_000;
let server: TestServer;

test.describe.configure({ mode: "serial", timeout: 60_000 });
test.beforeAll(async () => {
  server = await startShippedCopy("search-budget", PORT, { TEST_SEARCH_DELAY: `slowpoke:${DELAY_MS}` });
});
test.afterAll(async () => {
  await server?.stop();
});

async function timedSearch(q: string): Promise<{ ms: number; html: string }> {
  const start = Date.now();
  const response = await fetch(`${server.origin}/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return { html: await response.text(), ms: Date.now() - start };
}

test("a query over the length or word budget is refused at once, with a message saying why", async ({ page }) => {
  // The first search page a fresh server renders also loads its code: not what is timed here.
  await timedSearch("kyiv");
  const long = await timedSearch("pokrovsk ".repeat(30));
  expect(long.html).toContain('data-reason="too-long"');
  expect(long.ms).toBeLessThan(1_000);
  const wordy = await timedSearch("one two three four five six seven eight nine ten eleven");
  expect(wordy.html).toContain('data-reason="too-many-words"');
  expect(wordy.ms).toBeLessThan(1_000);

  await page.goto(`${server.origin}/search?q=${"a".repeat(201)}`);
  await expect(page.locator("#results-heading")).toHaveText("Your search is too long");
  await expect(page.getByTestId("search-refused")).toContainText("limited to 200 characters");
  // The search box keeps the query, to shorten it.
  await expect(page.getByLabel("Words to find")).toHaveValue("a".repeat(201));
});

test("a query over the time limit gets a message, not a hang", async ({ page }) => {
  const slow = await timedSearch("slowpoke pokrovsk");
  expect(slow.html).toContain('data-reason="too-slow"');
  expect(slow.ms).toBeGreaterThanOrEqual(DELAY_MS - 100); // it did run into the slow path
  expect(slow.ms).toBeLessThan(DELAY_MS + 2_000);
  await page.goto(`${server.origin}/search?q=slowpoke`);
  await expect(page.locator("#results-heading")).toHaveText("This search took too long");
  // The worker is free again: an ordinary search answers with results.
  await page.goto(`${server.origin}/search?q=pokrovsk`);
  await expect(page.locator("#results-heading")).toHaveText("2 results for “pokrovsk”");
});

test("a slow query in the search worker does not delay pages", async () => {
  const slow = timedSearch("slowpoke kyiv");
  await new Promise((resolve) => setTimeout(resolve, 300)); // the worker is now busy for 2 s
  const pages = ["/russia-ukraine/2024-01-05", "/russia-ukraine", "/russia-ukraine/archive/2024/01", "/no-such-page"];
  for (const path of pages) {
    const start = Date.now();
    const response = await fetch(`${server.origin}${path}`);
    await response.text();
    const ms = Date.now() - start;
    expect(response.status, path).toBe(path === "/no-such-page" ? 404 : 200);
    expect(ms, `${path} while the worker was busy`).toBeLessThan(1_000);
  }
  const { html, ms } = await slow;
  expect(html).toContain('data-reason="too-slow"');
  expect(ms).toBeGreaterThanOrEqual(DELAY_MS - 300);
});
