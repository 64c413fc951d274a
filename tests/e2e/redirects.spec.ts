import { expect, test } from "@playwright/test";

test("/<conflict>/day/N permanently redirects (308) to the dated page", async ({ request }) => {
  const response = await request.get("/russia-ukraine/day/683", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/russia-ukraine/2024-01-07");
  const first = await request.get("/russia-ukraine/day/677", { maxRedirects: 0 });
  expect(first.headers().location).toBe("/russia-ukraine/2024-01-01");
});

test("a day number without a briefing, or not a number, is a 404", async ({ request }) => {
  for (const path of [
    "/russia-ukraine/day/684",
    "/russia-ukraine/day/1",
    "/russia-ukraine/day/0",
    "/russia-ukraine/day/-3",
    "/russia-ukraine/day/683abc",
    "/russia-ukraine/day/99999999999",
    "/nowhere/day/683",
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test("/<conflict>/latest redirects (307) to the newest day", async ({ request }) => {
  const response = await request.get("/russia-ukraine/latest", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/russia-ukraine/2024-01-07");
  expect((await request.get("/nowhere/latest", { maxRedirects: 0 })).status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the jump-to-date form goes to a day", async ({ page }) => {
    await page.goto("/russia-ukraine/2024-01-07");
    await page.getByLabel("Go to a date").fill("2024-01-03");
    await page.getByRole("button", { name: "Go" }).click();
    await expect(page).toHaveURL(/\/russia-ukraine\/2024-01-03$/);
    await expect(page.locator("h1")).toContainText("Day 679");
  });

  test("a date without a briefing opens its month with the day marked", async ({ page }) => {
    await page.goto("/russia-ukraine/2024-01-07");
    await page.getByLabel("Go to a date").fill("2023-12-25");
    await page.getByRole("button", { name: "Go" }).click();
    await expect(page).toHaveURL(/\/russia-ukraine\/archive\/2023\/12#d-2023-12-25$/);
    await expect(page.locator("#d-2023-12-25").getByText("No briefing")).toBeVisible();
    await expect(page.locator("#d-2023-12-24").getByText("No briefing")).toBeHidden();
  });
});
