import { expect, test } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";

/** One page of every type the site has. */
export const PAGE_TYPES = [
  "/",
  "/russia-ukraine",
  "/russia-ukraine/2024-01-07",
  "/russia-ukraine/2024-01-07/history",
  "/russia-ukraine/archive",
  "/russia-ukraine/archive/2024/01",
  "/russia-ukraine/map",
  "/russia-ukraine/places",
  "/russia-ukraine/places/belgorod",
  "/russia-ukraine/topics",
  "/russia-ukraine/topics/missile-strikes",
  "/search",
  "/search?q=pokrovsk",
  "/search?q=qwxzv",
  "/no-such-page",
];

for (const path of PAGE_TYPES) {
  test(`${path}: axe in light and dark mode, headings in order, fits 320 px`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === "/no-such-page" ? 404 : 200);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
