import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startFixtureCopy, waitUntil, type TestServer } from "./server";

// A production server on a copy of the fixture build and content, whose files the test then
// changes the way a `git pull` would: the API must follow, as the pages do, without a rebuild.
const PORT = 3111;

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: TestServer;
let content: string;

test.beforeAll(async () => {
  ({ server, content } = await startFixtureCopy("api-live", PORT));
});

test.afterAll(async () => {
  await server?.stop();
});

const get = async (pathname: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.origin}${pathname}`, { headers });
  return { status: response.status, etag: response.headers.get("etag") ?? "", text: await response.text() };
};

test("a new, an edited, a withdrawn and a broken day reach the API as they reach the pages", async () => {
  const before = {
    index: await get("/api/v1/conflicts/sample-war"),
    ndjson: await get("/api/v1/conflicts/sample-war/days.ndjson"),
  };
  expect((await get("/api/v1/conflicts/sample-war/days/2024-03-20")).status).toBe(404);
  expect((await get("/api/v1/conflicts/sample-war/days/2024-03-01")).status).toBe(200);

  const day = (name: string) => path.join(content, "sample-war", name);
  fs.writeFileSync(day("2024-03-20.md"), "---\nsummary: APINEW summary of a day added at run time.\n---\n## Battlefield\n- APINEW item.\n");
  fs.writeFileSync(
    day("2024-03-10.md"),
    fs.readFileSync(day("2024-03-10.md"), "utf8").replace("Arms item ALPHA.", "Arms item ALPHA-APIEDIT."),
  );
  // Withdrawn: turned back into a draft.
  fs.writeFileSync(day("2024-03-01.md"), fs.readFileSync(day("2024-03-01.md"), "utf8").replace("---\n", "---\ndraft: true\n"));
  // Broken on arrival: the last good version stays.
  fs.writeFileSync(path.join(content, "israel-gaza", "2023-10-07.md"), "---\ntitle: [unclosed\n---\nbroken\n");

  const checks: Record<string, () => Promise<boolean>> = {
    "new day (API)": async () => (await get("/api/v1/conflicts/sample-war/days/2024-03-20")).text.includes("APINEW item."),
    "new day (page)": async () => (await get("/sample-war/2024-03-20")).text.includes("APINEW item."),
    "edited day (API)": async () => (await get("/api/v1/conflicts/sample-war/days/2024-03-10")).text.includes("ALPHA-APIEDIT"),
    "withdrawn day (API)": async () => (await get("/api/v1/conflicts/sample-war/days/2024-03-01")).status === 404,
    "conflict index": async () => {
      const dates = JSON.parse((await get("/api/v1/conflicts/sample-war")).text).days.map((d: { date: string }) => d.date);
      return dates.join() === "2024-03-10,2024-03-11,2024-03-20";
    },
    "days.ndjson": async () => {
      const text = (await get("/api/v1/conflicts/sample-war/days.ndjson")).text;
      return text.includes("APINEW item.") && text.includes("ALPHA-APIEDIT") && !text.includes("FOXTROT");
    },
    "items.csv": async () => {
      const text = (await get("/api/v1/conflicts/sample-war/items.csv")).text;
      return text.includes('"APINEW item."') && text.includes("ALPHA-APIEDIT") && !text.includes("FOXTROT");
    },
  };
  const times: Record<string, number> = {};
  await Promise.all(Object.entries(checks).map(async ([name, check]) => (times[name] = await waitUntil(check, 60_000, name))));
  console.log(`seconds until visible: ${JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v / 1000])))}`);

  // The ETags changed with the content: the old ones no longer get 304.
  for (const [url, old] of [
    ["/api/v1/conflicts/sample-war", before.index.etag],
    ["/api/v1/conflicts/sample-war/days.ndjson", before.ndjson.etag],
  ] as const) {
    const now = await get(url, { "if-none-match": old });
    expect(now.status, url).toBe(200);
    expect(now.etag, url).not.toBe(old);
    expect((await get(url, { "if-none-match": now.etag })).status, url).toBe(304);
  }
  // The day whose file broke keeps its last good version.
  const kept = await get("/api/v1/conflicts/israel-gaza/days/2023-10-07");
  expect(kept.status).toBe(200);
  expect(JSON.parse(kept.text).sections[0].items[0].text).toContain("broke through the fence");
});
