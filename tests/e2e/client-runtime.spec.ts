import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

// Production pages carry no client-side React (scripts/app-server.mjs and
// lib/serve/strip-client-runtime.mjs): Chromium fetches no script for any page type, and the only
// scripts in a page are ours. Without JavaScript at all a page reads the same.
// Every page type, plus the two that page-types.spec.ts leaves to their own specs, and a page's own 404.
const PAGES = [...PAGE_TYPES, "/data", "/russia-ukraine/1999-01-01"];

for (const url of PAGES) {
  test(`${url}: no script is fetched and the only scripts are ours`, async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    const inline = await page.evaluate(() => [...document.scripts].map((s) => s.id || s.type));
    expect(inline.filter((id) => id !== "application/ld+json")).toEqual(["daybook-theme-init", "daybook-page-script"]);
    // No page data for a client router travels with the page.
    expect(await page.content()).not.toContain("__next_f");
  });
}

test("a day page reads the same with JavaScript off", async ({ browser }) => {
  const read = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/russia-ukraine/2024-01-06");
    const text = await page.locator("main").innerText();
    const links = await page.locator("main a").count();
    await context.close();
    return { text, links };
  };
  const on = await read(true);
  const off = await read(false);
  expect(on.text.length).toBeGreaterThan(500);
  expect(off).toEqual(on);
});

test("the theme switch is hidden without JavaScript, where it could not work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("switch", { name: "Dark theme" })).toBeHidden();
  await context.close();
});
