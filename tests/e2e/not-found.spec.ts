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
];

for (const path of NOT_FOUND) {
  test(`${path.slice(0, 60)} answers 404`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
}

test("the 404 page is a page of the site, with a way back", async ({ page }) => {
  const response = await page.goto("/russia-ukraine/1999-01-01");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.locator('head link[rel="alternate"]')).toHaveCount(3);
  await page.getByRole("link", { name: /briefings/ }).click();
  await expect(page).toHaveURL(/\/$/);
});
