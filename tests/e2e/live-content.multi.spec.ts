import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startFixtureCopy, waitUntil, type TestServer } from "./server";

// A production server on a copy of the fixture build and content, whose files the test then changes
// the way a `git pull` would: a new day, an edited day, a broken new file and a day turned invalid.
const PORT = 3102;

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: TestServer;
let content: string;

test.beforeAll(async () => {
  ({ server, content } = await startFixtureCopy("live", PORT));
});

test.afterAll(async () => {
  await server?.stop();
});

const get = async (pathname: string) => {
  const response = await fetch(`${server.origin}${pathname}`);
  return { status: response.status, text: await response.text() };
};

test("new and changed days appear everywhere within 60 s; broken files take nothing down", async () => {
  expect((await get("/sample-war/2024-03-20")).status).toBe(404);
  expect((await get("/israel-gaza/2023-10-07")).text).toContain("broke through the fence");

  const day = (name: string) => path.join(content, "sample-war", name);
  fs.writeFileSync(
    day("2024-03-20.md"),
    "---\nsummary: LIVENEW summary of a day added at run time.\n---\n## Battlefield\n- LIVENEW item.\n",
  );
  fs.writeFileSync(
    day("2024-03-10.md"),
    fs.readFileSync(day("2024-03-10.md"), "utf8").replace("Arms item ALPHA.", "Arms item ALPHA-EDITED."),
  );
  fs.writeFileSync(day("2024-03-21.md"), "---\nsumary: broken on arrival\n---\n## Economy\n- x\n");
  const israel = path.join(content, "israel-gaza", "2023-10-07.md");
  fs.writeFileSync(israel, "---\ntitle: [unclosed\n---\nbroken\n");

  const checks: Record<string, () => Promise<boolean>> = {
    "new day page": async () => (await get("/sample-war/2024-03-20")).text.includes("LIVENEW item."),
    "edited day page": async () => (await get("/sample-war/2024-03-10")).text.includes("ALPHA-EDITED"),
    "conflict list": async () => (await get("/sample-war")).text.includes("/sample-war/2024-03-20"),
    home: async () => (await get("/")).text.includes("LIVENEW summary"),
    "archive month": async () => (await get("/sample-war/archive/2024/03")).text.includes('href="/sample-war/2024-03-20"'),
    "RSS feed": async () => (await get("/sample-war/feed.xml")).text.includes("/sample-war/2024-03-20"),
    "JSON feed": async () => (await get("/sample-war/feed.json")).text.includes("ALPHA-EDITED"),
    sitemap: async () => (await get("/sitemap.xml")).text.includes("/sample-war/2024-03-20"),
    search: async () => (await get("/search?q=livenew")).text.includes("/sample-war/2024-03-20"),
  };
  const times: Record<string, number> = {};
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      times[name] = await waitUntil(check, 60_000, name);
    }),
  );
  console.log(`seconds until visible: ${JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v / 1000])))}`);

  // What was fine keeps serving: the day whose file turned invalid serves its last good version.
  const kept = await get("/israel-gaza/2023-10-07");
  expect(kept.status).toBe(200);
  expect(kept.text).toContain("broke through the fence");
  expect((await get("/israel-gaza")).status).toBe(200);
  expect((await get("/sample-war/2024-03-21")).status).toBe(404);
  expect((await get("/search?q=pokrovsk")).status).toBe(200);

  // Each problem is logged with its position.
  expect(server.output()).toMatch(/Daybook content problem .*sample-war\/2024-03-21\.md:2:1: sumary: unknown key "sumary"/);
  expect(server.output()).toMatch(/Daybook content problem .*israel-gaza\/2023-10-07\.md:2:\d+: front matter: malformed YAML/);
});

test("a day scheduled a few seconds ahead stays out of every page, feed, sitemap, search and the API, then appears by itself", async () => {
  const publishAt = new Date(Date.now() + 20_000).toISOString().replace(/\.\d+Z$/, "Z");
  fs.writeFileSync(
    path.join(content, "sample-war", "2024-03-25.md"),
    `---\nsummary: SCHEDNEW summary of a scheduled day.\npublish_at: ${publishAt}\n---\n## Battlefield\n- SCHEDNEW item.\n`,
  );
  const where: Record<string, () => Promise<boolean>> = {
    "day page": async () => (await get("/sample-war/2024-03-25")).text.includes("SCHEDNEW item."),
    "conflict list": async () => (await get("/sample-war")).text.includes("/sample-war/2024-03-25"),
    "RSS feed": async () => (await get("/sample-war/feed.xml")).text.includes("/sample-war/2024-03-25"),
    sitemap: async () => (await get("/sitemap.xml")).text.includes("/sample-war/2024-03-25"),
    search: async () => (await get("/search?q=schednew")).text.includes("/sample-war/2024-03-25"),
    API: async () => (await get("/api/v1/conflicts/sample-war/days/2024-03-25")).status === 200,
  };
  // Past one content check (every 5 s), the file has been read: the day is still nowhere.
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  expect(Date.now()).toBeLessThan(Date.parse(publishAt));
  for (const [name, check] of Object.entries(where)) expect(await check(), `${name} before ${publishAt}`).toBe(false);
  // Then, with no rebuild, restart or file change, it appears everywhere.
  const start = Date.now();
  const late: Record<string, number> = {};
  await Promise.all(
    Object.entries(where).map(async ([name, check]) => {
      late[name] = (start + (await waitUntil(check, 90_000, name)) - Date.parse(publishAt)) / 1000;
    }),
  );
  console.log(`scheduled day visible, seconds after its publish_at: ${JSON.stringify(late)}`);
});
