import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

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

test("the conflict page lists its last year day by day, the newest year open; earlier days are a month away", async ({ page }) => {
  await page.goto("/israel-gaza");
  await expect(page.getByRole("heading", { level: 2, name: "The last twelve months, day by day" })).toBeVisible();
  // 2023-10-07 is 366 days before the latest day: not in the list, but its month is.
  await expect(page.locator("main details summary")).toHaveText(["2024 2 days"]);
  await expect(page.getByRole("link", { name: "Day 367 · 7 Oct" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Day 1 · 7 Oct" })).toHaveCount(0);
  const months = page.getByRole("region", { name: "Every month" });
  await expect(months).toContainText("1 earlier day");
  await expect(months.getByRole("link")).toHaveCount(3); // October 2023, January and October 2024
  await expect(months).toContainText("November 2023: no briefings");
  await expectNoAxeViolations(page);
  await months.getByRole("link", { name: "October 2023, 1 day" }).click();
  await expect(page).toHaveURL(/\/israel-gaza\/archive\/2023\/10$/);
  await page.locator('main a[href="/israel-gaza/2023-10-07"]').first().click();
  await expect(page).toHaveURL(/\/israel-gaza\/2023-10-07$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a year of days folds and opens with the keyboard", async ({ page }) => {
    await page.goto("/israel-gaza");
    const newest = page.getByRole("link", { name: "Day 367 · 7 Oct" });
    await expect(newest).toBeVisible();
    await page.locator("main summary").first().focus();
    await page.keyboard.press("Enter");
    await expect(newest).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(newest).toBeVisible();
  });
});
