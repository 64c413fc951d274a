import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startFixtureCopy, waitUntil, type TestServer } from "./server";

// A production server that does not watch its content folder (CONTENT_WATCH=off), as on a file system
// whose events do not arrive: its periodic check alone, stat'ing every file on its worker thread
// (lib/content/fingerprint-thread.ts), must find an edit, a new day and a deleted one.
const PORT = 3108;

test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: TestServer;
let content: string;

test.beforeAll(async () => {
  ({ server, content } = await startFixtureCopy("content-poll", PORT, { CONTENT_WATCH: "off", CONTENT_REFRESH_MS: "500" }));
});

test.afterAll(async () => {
  await server?.stop();
});

const text = async (pathname: string) => (await fetch(`${server.origin}${pathname}`)).text();

test("without file events, the periodic check publishes an edit, a new day and a deletion within seconds, off the main thread", async () => {
  const day = (name: string) => path.join(content, "sample-war", name);
  expect(await text("/sample-war/2024-03-10")).toContain("Arms item ALPHA.");
  // An edit in place that keeps the file's size: only its modification time tells.
  fs.writeFileSync(day("2024-03-10.md"), fs.readFileSync(day("2024-03-10.md"), "utf8").replace("Arms item ALPHA.", "Arms item OMEGA."));
  fs.writeFileSync(day("2024-03-20.md"), "---\nsummary: POLLNEW summary.\n---\n## Battlefield\n- POLLNEW item.\n");
  const edited = await waitUntil(async () => (await text("/sample-war/2024-03-10")).includes("Arms item OMEGA."), 10_000, "edited day");
  const added = await waitUntil(async () => (await text("/sample-war")).includes("/sample-war/2024-03-20"), 10_000, "new day");
  console.log(`visible after ${edited} ms (edit) and ${added} ms (new day)`);

  fs.rmSync(day("2024-03-20.md"));
  await waitUntil(async () => (await fetch(`${server.origin}/sample-war/2024-03-20`)).status === 404, 10_000, "deleted day");

  // The checks ran on the worker thread: no fallback to the main thread was logged.
  expect(server.output()).not.toContain("no worker thread");
  expect(server.output()).not.toContain("Daybook content monitor:");
});
