import { expect, test } from "@playwright/test";
import { formatLongDate } from "../../lib/dates";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getLastCommitTime, getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();

test("7 January 2024 is day 683, with its date, headline and sections in canonical order", async ({ page }) => {
  const response = await page.goto("/russia-ukraine/2024-01-07");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(/Russia–Ukraine war.*Day 683/);
  await expect(page.locator('time[datetime="2024-01-07"]').first()).toHaveText("Sunday, 7 January 2024");
  await expect(page.getByTestId("headline")).toHaveText("Japan's foreign minister visits Kyiv as drones strike Dnipro");
  const ids = await page.locator("article section[id]").evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(ids).toEqual(["battlefield", "politics-and-diplomacy"]);
  await expect(page.locator("#battlefield h2")).toHaveText("Battlefield");
  await expect(page.locator("#battlefield li").first()).toContainText("shot down 21 of the 28 drones");
  await expect(page.locator("#politics-and-diplomacy")).toContainText("Yoko Kamikawa");
});

test("a shipped day links to its history from git, and the two agree on its revisions", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-07");
  const line = page.getByTestId("history-link");
  const text = await line.textContent();
  const updates = Number(/^Updated (\d+) times?/.exec(text ?? "")?.[1] ?? 0);
  if (updates > 0) {
    expect(text).toMatch(/^Updated \d+ times?, most recently .+ UTC · See changes$/);
    await expect(line.locator("time")).toHaveAttribute("datetime", getLastCommitTime("russia-ukraine", "2024-01-07")!);
  } else {
    expect(text).toBe("Not changed since it was published · History");
  }
  await line.getByRole("link").click();
  await expect(page).toHaveURL(/\/russia-ukraine\/2024-01-07\/history$/);
  await expect(page.locator("main ol > li[id^='r-']")).toHaveCount(updates + 1);
  await expect(page.locator("main ol > li h2 time").first()).toHaveAttribute(
    "datetime",
    getLastCommitTime("russia-ukraine", "2024-01-07")!,
  );
});

test("links to the previous and next days that exist", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-07");
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/russia-ukraine\/2024-01-06$/);
  await expect(page.locator("h1")).toContainText("Day 682");

  await page.goto("/russia-ukraine/2024-01-01");
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", "/russia-ukraine/2024-01-02");
});

for (const briefing of briefings) {
  test(`day ${briefing.day} (${briefing.date}) shows every text its file holds`, async ({ page }) => {
    await page.goto(`/${conflict.slug}/${briefing.date}`);
    const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
    const expected = [
      `Day ${briefing.day}`,
      formatLongDate(briefing.date),
      briefing.summary,
      ...(briefing.title ? [briefing.title] : []),
      ...briefing.sections.flatMap((section) => [section.heading, ...section.items.map((item) => item.text)]),
      ...briefing.sources.map((source) => source.name),
    ];
    for (const piece of expected) expect(text, piece).toContain(piece.replace(/\s+/g, " "));
    if (briefing.ledeHtml) await expect(page.getByTestId("lede")).not.toBeEmpty();
  });
}

test("day page: landmarks, skip link, heading order and no axe violations in light and dark mode", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-07");
  await expect(page.locator("header").first()).toBeVisible();
  await expect(page.locator("main#main")).toHaveCount(1);
  await expect(page.locator("footer").last()).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);
});

test("day page fits a 320 px wide phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/russia-ukraine/2024-01-07");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
});

test("dark mode follows the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/russia-ukraine/2024-01-07");
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).not.toBe(dark);
  expect(light).toMatch(/rgb\(255, 255, 255\)|oklch\(1 0 0\)/);
});
