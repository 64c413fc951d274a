import { expect, test } from "@playwright/test";

// Served through CONTENT_DIR from tests/fixtures/content-multi plus the generated "live-war"
// and the git-tracked "tracked-war" (scripts/test/make-e2e-content.mjs; see playwright.config.ts).

test("home lists the latest briefing of each conflict", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toBeVisible();
  const sections = page.locator("main > section");
  await expect(sections).toHaveCount(4);
  await expect(sections.nth(0).locator("h2")).toHaveText("Israel–Gaza war");
  await expect(sections.nth(0).locator("article")).toContainText("Day 367");
  await expect(sections.nth(1).locator("h2")).toHaveText("Live war");
  await expect(sections.nth(1).locator("article")).toContainText("Today's generated briefing");
  await expect(sections.nth(2).locator("h2")).toHaveText("Sample war");
  await expect(sections.nth(2).locator("article")).toContainText("Day 11");
  await expect(sections.nth(3).locator("h2")).toHaveText("Tracked war");
  await expect(sections.nth(3).locator("article")).toContainText("Day 34");
});

test("7 January 2024 is day 93 of the Israel–Gaza war", async ({ page }) => {
  const response = await page.goto("/israel-gaza/2024-01-07");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(/Israel–Gaza war.*Day 93/);
  await expect(page.locator("#politics-and-diplomacy")).toContainText("Antony Blinken");
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", "/israel-gaza/2023-10-07");
});

test("a CRLF file with a BOM renders its sections in canonical order, items in file order", async ({ page }) => {
  await page.goto("/sample-war/2024-03-10");
  const ids = await page.locator("article section[id]").evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(ids).toEqual(["battlefield", "politics-and-diplomacy", "weapons"]);
  const items = await page.locator("article section[id] li").allInnerTexts();
  expect(items).toEqual([
    "Fighting item DELTA.",
    "Fighting paragraph ECHO.",
    "Diplomacy item CHARLIE.",
    "Arms item ALPHA.",
    "Arms item BRAVO.",
  ]);
  await expect(page.getByTestId("lede")).toHaveText("The lede of day ten.");
});

test("drafts are absent from a production build", async ({ page, request }) => {
  expect((await request.get("/sample-war/2024-03-12")).status()).toBe(404);
  await page.goto("/sample-war");
  await expect(page.locator("main")).not.toContainText("2024-03-12");
  await expect(page.locator("main")).not.toContainText("draft");
  const days = await page.locator("main ol a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(days).toEqual(["/sample-war/2024-03-11", "/sample-war/2024-03-10", "/sample-war/2024-03-01"]);
});

test("the conflict page lists every day by year: the newest year open, earlier years folded", async ({ page }) => {
  await page.goto("/israel-gaza");
  const years = page.locator("main details");
  await expect(years.locator("summary")).toHaveText(["2024 2 days", "2023 1 day"]);
  const newest = page.getByRole("link", { name: "Day 367 · 7 Oct" });
  const earliest = page.getByRole("link", { name: "Day 1 · 7 Oct" });
  await expect(newest).toBeVisible();
  await expect(earliest).toBeHidden();
  await page.getByText("2023", { exact: true }).click();
  await expect(earliest).toBeVisible();
  await earliest.click();
  await expect(page).toHaveURL(/\/israel-gaza\/2023-10-07$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a folded year opens with the keyboard", async ({ page }) => {
    await page.goto("/israel-gaza");
    await page.locator("main summary").nth(1).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("link", { name: "Day 1 · 7 Oct" })).toBeVisible();
  });
});
