import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

const background = (page: import("@playwright/test").Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("the theme switch starts from the system setting, toggles and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/russia-ukraine/2024-01-07");
  const toggle = page.getByRole("switch", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  const dark = await background(page);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  const light = await background(page);
  expect(light).not.toBe(dark);
  await expectNoAxeViolations(page); // chosen light theme, under both system settings
  await page.reload();
  await expect(page.getByRole("switch", { name: "Dark theme" })).toHaveAttribute("aria-checked", "false");
  expect(await background(page)).toBe(light);
});

test("a saved theme applies before any of the app's JavaScript runs (no flash)", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const light = await background(page);
  await page.evaluate(() => localStorage.setItem("daybook-theme", "dark"));
  // Block the React app: only the tiny blocking theme script may act.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/russia-ukraine/2024-01-07", { waitUntil: "domcontentloaded" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).not.toBe(light);
});

test("print shows one day cleanly, without navigation", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-07");
  await page.emulateMedia({ media: "print" });
  for (const selector of [
    "body > header",
    "body > footer",
    'nav[aria-label="Previous and next day"]',
    'form[role="search"]',
    "form[action$='/go']",
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("#battlefield")).toBeVisible();
  await expect(page.locator("#politics-and-diplomacy")).toBeVisible();
  expect(await background(page)).toMatch(/rgb\(255, 255, 255\)|oklch\(1 0 0\)/);
});
