import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The multi site's build folder (playwright.config.ts); Next.js would cache pages rendered on demand under it.
const ROUTE_CACHE = path.join(".next-e2e-multi", "server", "route-cache");

function listCachedFiles(): string[] {
  return fs.existsSync(ROUTE_CACHE) ? fs.readdirSync(ROUTE_CACHE, { recursive: true, encoding: "utf8" }) : [];
}

test("made-up addresses leave nothing on disk; pages rendered on demand are cached in memory", async ({ request }) => {
  const token = `flood${Date.now()}`;
  const madeUp = Array.from({ length: 20 }, (_, i) => [
    `/${token}-${i}`,
    `/live-war/${token}-${i}`,
    `/live-war/places/${token}-${i}`,
  ]).flat();
  for (const url of madeUp) expect((await request.get(url)).status(), url).toBe(404);
  // The 45th day back is not prerendered (the newest 30 are): its first request renders it, the second is a cache hit.
  const old = `/live-war/${new Date(Date.now() - 45 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)}`;
  expect((await request.get(old)).status()).toBe(200);
  await expect.poll(async () => (await request.get(old)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect((await request.get(madeUp[0]!)).headers()["x-nextjs-cache"]).toBe("HIT");
  // Give any disk write time to land before looking.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(listCachedFiles().filter((file) => file.includes(token))).toEqual([]);
});
