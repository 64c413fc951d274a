import { expect, test } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { PAGE_TYPES } from "./page-types";

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
