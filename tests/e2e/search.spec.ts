import { expect, test } from "@playwright/test";

test("results are ranked, highlighted and link to the day's section", async ({ page }) => {
  await page.goto("/search?q=pokrovsk");
  await expect(page.locator("#results-heading")).toHaveText("2 results for “pokrovsk”");
  const results = page.getByTestId("search-results").locator("li");
  // The day whose headline names Pokrovsk ranks first, then the battlefield item.
  await expect(results.first()).toContainText("Summary");
  await expect(results.first().locator("a")).toHaveAttribute("href", "/russia-ukraine/2024-01-06");
  await expect(results.nth(1)).toContainText("Battlefield");
  await expect(results.nth(1).locator("a")).toHaveAttribute("href", "/russia-ukraine/2024-01-06#battlefield");
  await expect(results.nth(1).locator("mark")).toHaveText("Pokrovsk");
  await results.nth(1).locator("a").click();
  await expect(page).toHaveURL(/2024-01-06#battlefield$/);
});

test("case, accents and small typos do not matter", async ({ page }) => {
  for (const q of ["POKROVSK", "Pökrovsk", "pokrovk"]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.locator("#results-heading"), q).toHaveText(`2 results for “${q}”`);
  }
});

test("filters narrow by section and date range", async ({ page }) => {
  await page.goto("/search?q=north+korea");
  const all = await page.getByTestId("search-results").locator("li").count();
  expect(all).toBeGreaterThan(1);
  await page.goto("/search?q=north+korea&section=weapons");
  const sections = await page.getByTestId("search-results").locator("li p:first-child").allInnerTexts();
  expect(sections.length).toBeGreaterThan(0);
  expect(sections.length).toBeLessThan(all);
  for (const line of sections) expect(line).toMatch(/Weapons$/);
  await page.goto("/search?q=north+korea&from=2024-01-05&to=2024-01-07");
  const dates = await page.getByTestId("search-results").locator("time").allInnerTexts();
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date).toMatch(/[567] January 2024/);
});

test("a search with no match says so clearly", async ({ page }) => {
  await page.goto("/search?q=qwxzv");
  await expect(page.locator("#results-heading")).toHaveText("No briefing matches “qwxzv”");
  await expect(page.getByTestId("search-results")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search box and the filters work", async ({ page }) => {
    await page.goto("/russia-ukraine/2024-01-01");
    await page.getByLabel("Search briefings").fill("prisoners");
    await page.getByLabel("Search briefings").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=prisoners$/);
    await expect(page.getByTestId("search-results").locator("li").first()).toContainText("Day 679");
    await page.getByLabel("Section").selectOption("battlefield");
    await page.getByRole("button", { name: "Search", exact: true }).last().click();
    await expect(page).toHaveURL(/section=battlefield/);
    await expect(page.locator("#results-heading")).toHaveText(/No briefing matches|results? for/);
  });
});
