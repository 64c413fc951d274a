import { expect, test } from "@playwright/test";
import { startServer, type TestServer } from "./server";

// `next dev` on the fixture content: drafts are shown there, with a banner.
// One dev server for the file: its tests run in one worker, in order (two would share a port and a build folder).
test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer("dev", 3103, { CONTENT_DIR: ".test-results/e2e-content", NEXT_DIST_DIR: ".next-e2e-dev" });
});
test.afterAll(async () => {
  await server?.stop();
});

test("a draft shows in next dev with an unmistakable banner; published days have none", async ({ page }) => {
  await page.goto(`${server.origin}/sample-war/2024-03-12`);
  const banner = page.getByRole("status").filter({ hasText: "Draft — not published" });
  await expect(banner).toBeVisible();
  await expect(page.locator("#battlefield")).toContainText("Draft item GOLF.");
  await page.goto(`${server.origin}/sample-war/2024-03-10`);
  await expect(page.getByText("Draft — not published")).toHaveCount(0);
});

test("a day without a briefing is a 404 in next dev too, showing the 404 page", async ({ page }) => {
  const response = await page.goto(`${server.origin}/sample-war/2024-03-20`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
});

test("search answers from its worker thread in next dev too, drafts included", async ({ page }) => {
  await page.goto(`${server.origin}/search?q=golf`);
  await expect(page.locator("#results-heading")).toHaveText(/results? for “golf”/);
  await expect(page.getByTestId("search-results")).toContainText("GOLF");
});
