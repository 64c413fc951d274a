import { expect, test } from "@playwright/test";

test("a typo finds the right place: zaporizhia → Zaporizhzhia", async ({ page }) => {
  await page.goto("/search?q=zaporizhia");
  const first = page.getByTestId("search-results").locator("li").first();
  await expect(first.locator("mark")).toHaveText("Zaporizhzhia");
  await expect(first.locator("a")).toHaveAttribute("href", "/sample-war/2024-03-01#battlefield");
});

test("the conflict filter keeps one conflict's results", async ({ page }) => {
  await page.goto("/search?q=generated");
  await expect(page.locator("#results-heading")).toContainText("results for");
  await page.goto("/search?q=generated&conflict=sample-war");
  await expect(page.locator("#results-heading")).toHaveText("No briefing matches “generated”");
  await page.goto("/search?q=attack&conflict=israel-gaza");
  const conflicts = await page.getByTestId("search-results").locator("li p:first-child").allInnerTexts();
  expect(conflicts.length).toBeGreaterThan(0);
  for (const line of conflicts) expect(line).toMatch(/^Israel–Gaza war/);
});

test("drafts are not searchable", async ({ page }) => {
  await page.goto("/search?q=GOLF");
  await expect(page.locator("#results-heading")).toHaveText("No briefing matches “GOLF”");
});

test("this day in earlier years of the war", async ({ page }) => {
  await page.goto("/israel-gaza/2024-10-07");
  const earlier = page.getByRole("region", { name: "This day in earlier years of the war" });
  await expect(earlier.getByRole("link")).toHaveText(["2023 · day 1"]);
  await earlier.getByRole("link").click();
  await expect(page).toHaveURL(/\/israel-gaza\/2023-10-07$/);
  await expect(page.getByRole("region", { name: "This day in earlier years of the war" })).toHaveCount(0);
});

test("places with accents get plain slugs and pages", async ({ page }) => {
  await page.goto("/sample-war/places");
  await page.getByRole("link", { name: /Kyïv/ }).click();
  await expect(page).toHaveURL(/\/sample-war\/places\/kyiv$/);
  await expect(page.locator("main article")).toHaveCount(1);
});
