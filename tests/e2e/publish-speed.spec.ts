import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { getSecurityHeaders } from "../../lib/security-headers.mjs";
import { measurePublish } from "../../scripts/bench/publish";
import { startProductionCopy, type ProductionSetup } from "./production";

// Issue 12: a change written into the content folder is served through the production setup
// (`npm run start:production`: nginx in front of `next start`) on every address that shows it,
// with no rebuild or restart. The 10 s bound is functional (CI machines are busy); the speed
// figures are the bench's ("Publish": p50 and p95 over 20 changes).
const PORT = 3142;
const UPSTREAM_PORT = 3143;
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.describe.configure({ mode: "serial", timeout: 120_000 });
let setup: ProductionSetup;

test.beforeAll(async () => {
  setup = await startProductionCopy("publish-speed", PORT, UPSTREAM_PORT);
  // Every address read once, so nginx and the app hold them: publishing must get past both caches.
  for (const address of ["/", "/russia-ukraine", "/russia-ukraine/feed.xml", "/sitemap.xml", "/russia-ukraine/2024-01-08"]) {
    await (await fetch(`${ORIGIN}${address}`)).text();
  }
});
test.afterAll(() => setup?.kill());

test("a new day, then a change to it, are served on every address within seconds, with no rebuild", async () => {
  const edits = await measurePublish(ORIGIN, path.join(setup.contentDir, "russia-ukraine"), "2024-01-07", 4, {
    everyMs: 100,
    timeoutMs: 10_000,
  });
  console.log(
    edits
      .map(
        (edit) =>
          `${edit.kind} ${edit.date}: ${Object.entries(edit.times)
            .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
            .join(", ")}`,
      )
      .join("\n"),
  );
  for (const edit of edits) {
    for (const [surface, ms] of Object.entries(edit.times)) {
      expect(ms, `${edit.kind} ${edit.date} on the ${surface}\n${setup.output()}`).toBeLessThan(10_000);
    }
  }
  // A new day is on the sitemap and the feed; a change is on the day page (each checked above).
  expect(edits.map((edit) => edit.kind)).toEqual(["new day", "changed day", "new day", "changed day"]);
  expect(Object.keys(edits[0]!.times)).toEqual(["day page", "conflict page", "home page", "feed", "search", "sitemap"]);
});

test("a deleted day is gone from its address within seconds", async () => {
  const file = path.join(setup.contentDir, "russia-ukraine", "2024-01-09.md");
  expect(fs.existsSync(file), "the first test added this day").toBe(true);
  fs.rmSync(file);
  const start = Date.now();
  let status = 200;
  while (status !== 404 && Date.now() - start < 10_000) {
    status = (await fetch(`${ORIGIN}/russia-ukraine/2024-01-09`)).status;
    if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(status).toBe(404);
});

test("only the server itself can have its pages rendered again", async () => {
  // Through nginx, and straight to the app without the process's secret: a 404 either way.
  for (const origin of [ORIGIN, `http://127.0.0.1:${UPSTREAM_PORT}`]) {
    for (const secret of [undefined, "0".repeat(64), "not hex"]) {
      const response = await fetch(`${origin}/revalidate`, { method: "POST", headers: secret ? { "x-daybook-revalidate": secret } : {} });
      expect(response.status, `${origin} with ${secret ?? "no secret"}`).toBe(404);
      // Every response carries the security headers, this one included.
      for (const { key } of getSecurityHeaders()) expect(response.headers.get(key), `${key} from ${origin}`).not.toBeNull();
    }
    expect((await fetch(`${origin}/revalidate`)).status).toBe(404);
  }
  expect(setup.output()).not.toContain("revalidating pages for content generation");
});
