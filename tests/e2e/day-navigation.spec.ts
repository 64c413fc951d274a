import { expect, test } from "@playwright/test";

/** The shortcuts listen once the page script (at the end of <body>) has run; the theme switch shows from the first paint. */
async function waitForPageScript(page: import("@playwright/test").Page) {
  await expect(page.getByRole("switch", { name: "Dark theme" })).toBeVisible();
}

test("← and → move to the previous and next day", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-04");
  await waitForPageScript(page);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/2024-01-03$/);
  await expect(page.locator("h1")).toContainText("Day 679");
  await waitForPageScript(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/2024-01-04$/);
  await expect(page.locator("h1")).toContainText("Day 680");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/2024-01-05$/);
});

test("the arrow keys do nothing while typing in a field, or past the last day", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-07");
  await waitForPageScript(page);
  await page.keyboard.press("ArrowRight");
  await page.getByLabel("Search briefings").focus();
  await page.keyboard.press("ArrowLeft");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/2024-01-07$/);
});

test("places and topics of a day link to their pages", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-06");
  const tags = page.locator("dl");
  await expect(tags).toContainText("Places:");
  // The tag list's link (the Where panel links to the same page from its map and its list).
  await tags.getByRole("link", { name: "Pokrovsk", exact: true }).click();
  await expect(page).toHaveURL(/\/russia-ukraine\/places\/pokrovsk$/);
  await expect(page.locator("h1")).toContainText("Pokrovsk");
});

test("every feature of a day page can be reached and used with the keyboard alone", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-06");
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el
        ? `${el.tagName}:${el.getAttribute("aria-label") ?? el.getAttribute("name") ?? el.getAttribute("rel") ?? el.textContent?.trim().slice(0, 30)}`
        : "";
    });
    reached.add(label);
  }
  for (const expected of ["A:Skip to content", "INPUT:q", "BUTTON:Dark theme", "A:prev", "A:next", "INPUT:date", "BUTTON:Go"]) {
    expect([...reached], expected).toContain(expected);
  }
  // The theme switch toggles with the keyboard.
  await page.getByRole("switch", { name: "Dark theme" }).focus();
  const before = await page.getByRole("switch").getAttribute("aria-checked");
  await page.keyboard.press("Space");
  await expect(page.getByRole("switch")).not.toHaveAttribute("aria-checked", before!);
});
