import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** Debian's Chromium when present (Playwright cannot download its own browser here), else Playwright's. */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)));
}

export const SHIPPED_PORT = 3100;
export const MULTI_PORT = 3101;
// Made by scripts/test/make-e2e-content.mjs: tests/fixtures/content-multi plus generated recent days.
const MULTI_CONTENT = ".test-results/e2e-content";
const MULTI_DIST = ".next-e2e-multi";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    browserName: "chromium",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "shipped", testIgnore: /\.multi\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SHIPPED_PORT}` } },
    { name: "multi", testMatch: /\.multi\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${MULTI_PORT}` } },
  ],
  // Both sites are production builds made by scripts/test/run-all.sh (`next build`), served as `npm start` serves them.
  webServer: [
    {
      command: `node scripts/app-server.mjs -p ${SHIPPED_PORT} -H 127.0.0.1`,
      env: { SITE_URL: `http://127.0.0.1:${SHIPPED_PORT}` },
      url: `http://127.0.0.1:${SHIPPED_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/app-server.mjs -p ${MULTI_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${MULTI_PORT}/`,
      env: { CONTENT_DIR: MULTI_CONTENT, NEXT_DIST_DIR: MULTI_DIST, SITE_URL: `http://127.0.0.1:${MULTI_PORT}` },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
