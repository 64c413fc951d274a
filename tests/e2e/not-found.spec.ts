import { expect, test } from "@playwright/test";

const NOT_FOUND = [
  "/nowhere",
  "/russia-ukraine/2024-01-08",
  "/russia-ukraine/2022-02-23",
  "/russia-ukraine/2024-13-45",
  "/russia-ukraine/2024-02-30",
  "/russia-ukraine/latest-news",
  "/russia-ukraine/2024-01-07/extra",
  "/russia-ukraine/..%2F..%2Fpackage.json",
  "/russia-ukraine%2F2024-01-07",
  "/..%2F..%2Fetc%2Fpasswd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/%E0%A4%A",
  "/russia-ukraine/%",
  "/_conflict",
  "/russia-ukraine/_conflict",
  "/russia-ukraine/2024-01-07.md",
  `/${"a".repeat(5000)}`,
  `/russia-ukraine/${"9".repeat(300)}`,
  "/ünïcødé/日本",
  "/russia-ukraine/archive/1999/01",
  "/russia-ukraine/archive/2024/13",
  "/russia-ukraine/places/nowhere",
  "/russia-ukraine/topics/nothing",
  "/search/extra",
  "/feed.xml/extra",
  "/favicon.ico",
  "/Russia-Ukraine",
];

for (const path of NOT_FOUND) {
  test(`${path.slice(0, 60)} answers 404`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    // The page itself is in the HTML, inside the site's layout: not an empty shell that
    // only JavaScript fills in (what a page's own notFound() serves in a production build).
    const html = await response.text();
    expect(html).not.toContain("__next_error__");
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    // Kept out of search engines (a page regenerated in the background repeats the tag; both say noindex).
    const robots = html.match(/<meta name="robots"[^>]*>/g) ?? [];
    expect(robots.length).toBeGreaterThan(0);
    for (const tag of robots) expect(tag).toMatch(/^<meta name="robots" content="noindex"\/?>$/);
    expect(html).toContain("<title>Page not found · Daybook</title>");
  });
}

// Route handlers answer a short text 404.
for (const path of [
  "/russia-ukraine/day/99999",
  "/russia-ukraine/day/0683",
  "/nowhere/feed.xml",
  "/russia-ukraine/2030-01-01/opengraph-image",
]) {
  test(`${path} answers 404`, async ({ request }) => {
    expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ["/nowhere", "/russia-ukraine/2030-01-01", "/russia-ukraine/archive/1999/01", "/russia-ukraine/places/nowhere"]) {
    test(`${path} shows the 404 page with the site's navigation`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Page not found");
      await expect(page.getByRole("banner").getByRole("link", { name: "Daybook" })).toBeVisible();
      await page.getByRole("link", { name: /today.s briefings/ }).click();
      await expect(page).toHaveURL(/\/$/);
    });
  }
});

test("the 404 page is a page of the site, with a way back", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.goto("/russia-ukraine/1999-01-01");
  expect(response?.status()).toBe(404);
  // Once the page has loaded everything, the server's message is still the only one.
  await page.waitForLoadState("networkidle");
  await expect(page.locator("h1")).toHaveText("Page not found");
  expect(errors.filter((text) => !text.includes("404"))).toEqual([]);
  await expect(page.locator('head link[rel="alternate"]')).toHaveCount(3);
  await page.getByRole("link", { name: /briefings/ }).click();
  await expect(page).toHaveURL(/\/$/);
});
