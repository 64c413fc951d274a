import { expect, test } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();
const newestFirst = [...briefings].reverse();
const latest = newestFirst[0]!;

test("home leads with the single conflict's latest day and links to recent days", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const lead = page.locator("main article").first();
  await expect(lead).toContainText(`Day ${latest.day}`);
  await expect(lead).toContainText("Sunday, 7 January 2024");
  await expect(lead).toContainText(latest.title!);
  await expect(lead).toContainText(latest.summary);
  await expect(lead.getByRole("link", { name: latest.title! })).toHaveAttribute("href", `/${conflict.slug}/${latest.date}`);
  const recent = await page.locator("main ol a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(recent).toEqual(newestFirst.slice(1).map((b) => `/${conflict.slug}/${b.date}`));
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);
});

test("conflict page: name, start, about text, latest briefing and every day newest first", async ({ page }) => {
  const response = await page.goto(`/${conflict.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(conflict.name);
  await expect(page.locator('time[datetime="2022-02-24"]')).toHaveText("Thursday, 24 February 2022");
  await expect(page.locator("main")).toContainText("Russia launched its full-scale invasion of Ukraine on 24 February 2022");
  await expect(page.locator("#latest-heading + article")).toContainText(latest.summary);
  const days = await page.locator("main ol a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(days).toEqual(newestFirst.map((b) => `/${conflict.slug}/${b.date}`));
  await expect(page.locator("main ol li").first()).toContainText("Day 683");
  await expect(page.locator("main ol li").last()).toContainText("Day 677");
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);
});

test("the header's conflict link leads from a day to its conflict and home", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-03");
  await page.getByRole("navigation", { name: "Conflicts" }).getByRole("link", { name: conflict.name }).click();
  await expect(page).toHaveURL(new RegExp(`/${conflict.slug}$`));
  await page.getByRole("link", { name: "Daybook" }).click();
  await expect(page).toHaveURL(/\/$/);
});
