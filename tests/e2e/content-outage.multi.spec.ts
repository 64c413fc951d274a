import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startFixtureCopy, waitUntil, type TestServer } from "./server";

// A production server on a copy of the fixture build and content, whose content folder the
// test makes vanish, empties, and edits the way accidents and editors do (issue 16, item 5).
// Content is checked every 2 s here (CONTENT_REFRESH_MS), so "one refresh" is 2 s.
const PORT = 3130;
const REFRESH_MS = 2_000;
const WORK = path.resolve(".test-results/outage");
const AWAY = path.join(WORK, "content-away");
/** Pages that must keep answering 200 whatever happens to the folder. */
const PAGES = ["/sample-war/2024-03-10", "/sample-war/2024-03-01", "/israel-gaza/2023-10-07", "/israel-gaza", "/", "/search?q=fence"];

test.describe.configure({ mode: "serial", timeout: 90_000 });
let server: TestServer;
/** The server's content folder, under WORK. */
let CONTENT: string;

test.beforeAll(async () => {
  ({ server, content: CONTENT } = await startFixtureCopy("outage", PORT, { CONTENT_REFRESH_MS: String(REFRESH_MS) }));
});
test.afterAll(async () => {
  await server?.stop();
});

const get = async (pathname: string) => {
  const response = await fetch(`${server.origin}${pathname}`);
  return { status: response.status, text: await response.text() };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests every page every 250 ms for `ms`; returns each answer that was not a 200, and how many requests were made. */
async function pollPages(ms: number): Promise<{ requests: number; failures: string[] }> {
  const failures: string[] = [];
  let requests = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const answers = await Promise.all(PAGES.map(async (page) => [page, (await get(page)).status] as const));
    requests += answers.length;
    failures.push(...answers.filter(([, status]) => status !== 200).map(([page, status]) => `${page} → ${status}`));
    await sleep(250);
  }
  return { requests, failures };
}
const count = (pattern: RegExp) =>
  server
    .output()
    .split("\n")
    .filter((line) => pattern.test(line)).length;

test("the folder vanishes for 7 s: every page stays 200, one log line per check, new content within one refresh of its return", async () => {
  await pollPages(1_000); // the server has read the folder
  const logsBefore = count(/Daybook content folder .* is missing/);
  fs.renameSync(CONTENT, AWAY);
  // While it is away, an editor's new day lands in it (as a checkout that was moved aside would hold).
  fs.writeFileSync(
    path.join(AWAY, "sample-war", "2024-03-20.md"),
    "---\nsummary: RETURNEDDAY summary.\n---\n## Battlefield\n- RETURNEDDAY item.\n",
  );
  const away = await pollPages(7_000);
  fs.renameSync(AWAY, CONTENT);
  const returnedAt = Date.now();

  expect(away.failures).toEqual([]);
  const checks = count(/Daybook content folder .* is missing: still serving the last good content/) - logsBefore;
  console.log(`vanished 7 s: ${away.requests} requests, all 200; ${checks} log lines (one per check)`);
  expect(checks).toBeGreaterThanOrEqual(1);
  expect(checks).toBeLessThanOrEqual(Math.ceil(7_000 / REFRESH_MS) + 1);
  expect(away.requests).toBeGreaterThan(checks * 10);

  // Back: the new day is served within one refresh, by its page and by search.
  for (;;) {
    const [page, search] = await Promise.all([get("/sample-war/2024-03-20"), get("/search?q=returnedday")]);
    if (page.status === 200 && page.text.includes("RETURNEDDAY item.") && search.text.includes("/sample-war/2024-03-20")) break;
    expect(Date.now() - returnedAt, "new day not served within one refresh of the folder's return").toBeLessThan(REFRESH_MS + 3_000);
    await sleep(100);
  }
  console.log(`new content served ${Date.now() - returnedAt} ms after the folder returned (refresh ${REFRESH_MS} ms)`);
  expect(server.output()).toMatch(/Daybook content folder .* is back/);
  // No page stays 404 once it is back (the issue saw 10–20 s of them): nothing was ever unpublished.
  expect((await pollPages(4_000)).failures).toEqual([]);
});

test("the folder is emptied: every page stays 200 and the problem is logged", async () => {
  const aside = path.join(WORK, "aside");
  fs.mkdirSync(aside);
  const slugs = fs.readdirSync(CONTENT);
  for (const slug of slugs) fs.renameSync(path.join(CONTENT, slug), path.join(aside, slug));
  const emptied = await pollPages(2 * REFRESH_MS + 1_000);
  for (const slug of slugs) fs.renameSync(path.join(aside, slug), path.join(CONTENT, slug));
  expect(emptied.failures).toEqual([]);
  expect(count(/Daybook content folder .* holds no conflict: still serving the last good content/)).toBeGreaterThanOrEqual(1);
  expect((await get("/sample-war/2024-03-20")).status).toBe(200);
});

test("one day's file, or one conflict's folder, deleted: unpublished (404) after a refresh, the rest served", async () => {
  expect((await get("/sample-war/2024-03-11")).status).toBe(200);
  expect((await get("/israel-gaza/2024-01-07")).status).toBe(200);
  fs.rmSync(path.join(CONTENT, "sample-war", "2024-03-11.md"));
  fs.rmSync(path.join(CONTENT, "israel-gaza"), { recursive: true });
  const took = await Promise.all([
    waitUntil(async () => (await get("/sample-war/2024-03-11")).status === 404, 40_000, "deleted day 404"),
    waitUntil(async () => (await get("/israel-gaza/2024-01-07")).status === 404, 40_000, "deleted conflict's day 404"),
    waitUntil(async () => (await get("/israel-gaza")).status === 404, 40_000, "deleted conflict 404"),
    waitUntil(
      async () => !(await get("/sample-war")).text.includes('href="/sample-war/2024-03-11"'),
      40_000,
      "deleted day off its conflict's list",
    ),
  ]);
  console.log(
    `deleted day, conflict day, conflict, list: done after ${took.map((ms) => ms / 1000).join(" / ")} s (the server watches its folder and has its pages rendered again)`,
  );
  expect((await get("/sample-war/2024-03-10")).status).toBe(200);
  expect((await get("/live-war")).status).toBe(200);
});
