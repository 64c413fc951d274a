import { expect, test } from "@playwright/test";

test("the archive lists every year and month of the war; months with briefings are links", async ({ page }) => {
  await page.goto("/russia-ukraine/archive");
  await expect(page.locator("main h2")).toHaveText(["2024", "2023", "2022"]);
  await expect(page.locator("#\\32 022 li")).toHaveCount(11); // February to December 2022
  await expect(page.locator("#\\32 023 li")).toHaveCount(12);
  const january = page.getByRole("link", { name: /January 2024/ });
  await expect(january).toContainText("7 days");
  await expect(page.locator("main").getByRole("link", { name: /December 2023/ })).toHaveCount(0);
  await expect(page.locator("main")).toContainText("December 2023");
  await january.click();
  await expect(page).toHaveURL(/\/russia-ukraine\/archive\/2024\/01$/);
});

test("a month is a calendar grid: days with a briefing link and show their day number, others are plain", async ({ page }) => {
  await page.goto("/russia-ukraine/archive/2024/01");
  const calendar = page.locator("table");
  await expect(calendar.locator("thead th")).toHaveText(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
  // 1 January 2024 was a Monday: the first cell of the first week.
  await expect(calendar.locator("tbody tr").first().locator("td").first()).toContainText("1");
  const linked = calendar.locator("a[data-date]");
  await expect(linked).toHaveCount(7);
  await expect(linked.first()).toHaveAttribute("href", "/russia-ukraine/2024-01-01");
  await expect(linked.first()).toContainText("Day 677");
  await expect(linked.last()).toContainText("Day 683");
  const plain = calendar.locator("span[data-date]");
  await expect(plain).toHaveCount(24);
  await expect(plain.first()).toHaveText(/^8/);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", "/russia-ukraine/archive/2023/12");
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  // The month's summaries, newest first.
  await expect(page.locator("main article")).toHaveCount(7);
  await expect(page.locator("main article").first()).toContainText("Day 683");
  await linked.nth(2).click();
  await expect(page).toHaveURL(/2024-01-03$/);
});

test("an empty month is shown with no links; months outside the war are 404", async ({ page, request }) => {
  await page.goto("/russia-ukraine/archive/2023/12");
  await expect(page.locator("table a[data-date]")).toHaveCount(0);
  await expect(page.locator("table span[data-date]")).toHaveCount(31);
  await expect(page.locator("main h2")).toHaveText("No briefings in December 2023");
  for (const path of [
    "/russia-ukraine/archive/2022/01",
    "/russia-ukraine/archive/2024/02",
    "/russia-ukraine/archive/2024/13",
    "/russia-ukraine/archive/24/01",
    "/nowhere/archive",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
