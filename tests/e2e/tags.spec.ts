import { expect, test } from "@playwright/test";
import { formatTagSlug } from "../../lib/tags";
import { getShippedContent } from "./shipped-content";

const { briefings } = getShippedContent();
const placeSlugs = new Set(briefings.flatMap((b) => b.places.map(formatTagSlug)));

test("places are listed with their number of days, most named first", async ({ page }) => {
  await page.goto("/russia-ukraine/places");
  const items = page.getByTestId("tag-list").locator("li");
  await expect(items.first()).toContainText(/Belgorod\s*2 days|Donetsk region\s*2 days/);
  await expect(page.getByRole("link", { name: /Pokrovsk\s*1 day/ })).toHaveAttribute("href", "/russia-ukraine/places/pokrovsk");
  await expect(items).toHaveCount(placeSlugs.size);
});

test("a place's page lists the days that name it, newest first", async ({ page }) => {
  await page.goto("/russia-ukraine/places/belgorod");
  await expect(page.locator("h1")).toContainText("Belgorod");
  await expect(page.locator("main article")).toHaveCount(2);
  await expect(page.locator("main article").first()).toContainText("Day 681");
  await expect(page.locator("main article").last()).toContainText("Day 677");
});

test("topics work the same way", async ({ page, request }) => {
  await page.goto("/russia-ukraine/topics");
  await page.getByRole("link", { name: /missile strikes/ }).click();
  await expect(page).toHaveURL(/\/russia-ukraine\/topics\/missile-strikes$/);
  await expect(page.locator("main article")).toHaveCount(2);
  expect((await request.get("/russia-ukraine/topics/no-such-topic")).status()).toBe(404);
  expect((await request.get("/nowhere/places")).status()).toBe(404);
});
