import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The multi site's build folder (playwright.config.ts): pages rendered on demand are cached under it.
const ROUTE_CACHE = path.join(".next-e2e-multi", "server", "route-cache");

function listCachedFiles(): string[] {
  return fs.existsSync(ROUTE_CACHE) ? fs.readdirSync(ROUTE_CACHE, { recursive: true, encoding: "utf8" }) : [];
}

test("made-up addresses leave nothing on disk; real pages rendered on demand are cached there", async ({ request }) => {
  const token = `flood${Date.now()}`;
  const madeUp = Array.from({ length: 20 }, (_, i) => [`/${token}-${i}`, `/live-war/${token}-${i}`, `/live-war/places/${token}-${i}`]).flat();
  for (const url of madeUp) expect((await request.get(url)).status(), url).toBe(404);
  // The 40th newest live-war day is not prerendered (the newest 30 are): its first request renders and caches it.
  const old = new Date(Date.now() - 45 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  expect((await request.get(`/live-war/${old}`)).status()).toBe(200);
  await expect.poll(() => listCachedFiles().some((file) => file.endsWith(`${old}.html`)), { timeout: 10_000 }).toBe(true);
  expect(listCachedFiles().filter((file) => file.includes(token))).toEqual([]);
  // The 404s are still cached in memory: a second request is a cache hit.
  expect((await request.get(madeUp[0]!)).headers()["x-nextjs-cache"]).toBe("HIT");
});
