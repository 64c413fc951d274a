import { expect, test } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";

// "Front line" is named on all 60 generated days of live-war (scripts/test/make-e2e-content.mjs).
const FIRST = "/live-war/places/front-line";
const SECOND = "/live-war/places/front-line/page/2";

test("a place named on 60 days lists the newest 50, then the other 10 on page 2", async ({ page }) => {
  await page.goto(FIRST);
  await expect(page.locator("main")).toContainText("Place named on 60 days. Page 1 of 2.");
  const days = page.locator("main article");
  await expect(days).toHaveCount(50);
  const newest = await days.first().locator("time").getAttribute("datetime");
  const fiftieth = await days.last().locator("time").getAttribute("datetime");
  expect(newest! > fiftieth!).toBe(true);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/live-war\/places\/front-line$/);

  await page.getByRole("link", { name: "Older days →" }).click();
  await expect(page).toHaveURL(new RegExp(`${SECOND}$`));
  await expect(page.locator("main")).toContainText("Page 2 of 2.");
  await expect(days).toHaveCount(10);
  const next = await days.first().locator("time").getAttribute("datetime");
  expect(next! < fiftieth!).toBe(true);
  await expect(page).toHaveTitle(/\(page 2 of 2\)/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${SECOND}$`));
  await expect(page.getByRole("link", { name: "Older days →" })).toHaveCount(0);
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "← Newer days" }).click();
  await expect(page).toHaveURL(new RegExp(`${FIRST}$`));
});

test("pages past the last, page 1 by number and malformed numbers are 404", async ({ request }) => {
  for (const path of [
    `${FIRST}/page/3`,
    `${FIRST}/page/1`,
    `${FIRST}/page/02`,
    `${FIRST}/page/x`,
    "/live-war/places/nowhere/page/2",
    "/live-war/topics/front-line/page/2",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  }
});

test("the sitemap lists both pages of the place", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(xml).toContain(`${FIRST}</loc>`);
  expect(xml).toContain(`${SECOND}</loc>`);
  expect(xml).not.toContain(`${FIRST}/page/3</loc>`);
});
