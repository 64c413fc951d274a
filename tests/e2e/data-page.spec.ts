import { expect, test } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();
const latest = briefings.at(-1)!;

test("/data: axe in light and dark mode, headings in order, fits 320 px, linked from every page's footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/data$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("/data: the license, and each endpoint with a curl command and a sample cut from the real answer", async ({ page, request }) => {
  await page.goto("/data");
  await expect(page.getByTestId("licenses")).toContainText(`${conflict.name}: Creative Commons Attribution 4.0 International (CC-BY-4.0)`);
  for (const heading of [
    "Every conflict",
    "One conflict and the index of its days",
    "One day's full briefing",
    "Every day, one JSON object a line",
    "Every item, one CSV row each",
    "This description",
  ]) {
    await expect(page.getByRole("heading", { level: 3, name: heading })).toBeVisible();
  }
  // The day sample is the newest day's answer: its curl address answers the same data.
  const section = page.locator("section", { has: page.getByRole("heading", { name: "One day's full briefing" }) });
  const [curl, sample] = await section.locator("pre").allInnerTexts();
  const url = /curl -s '([^']+)'/.exec(curl!)![1]!;
  expect(new URL(url).pathname).toBe(`/api/v1/conflicts/${conflict.slug}/days/${latest.date}`);
  const real = await (await request.get(new URL(url).pathname)).json();
  const shown = JSON.parse(sample!);
  expect([shown.date, shown.summary, shown.modified, shown.sections[0].items[0]]).toEqual([
    real.date,
    real.summary,
    real.modified,
    real.sections[0].items[0],
  ]);
  // The CSV sample's rows are the download's first rows.
  const csvSection = page.locator("section", { has: page.getByRole("heading", { name: "Every item, one CSV row each" }) });
  const csvSample = (await csvSection.locator("pre").allInnerTexts())[1]!;
  const csv = await (await request.get(`/api/v1/conflicts/${conflict.slug}/items.csv`)).text();
  expect(csv.replace(/\r\n/g, "\n").startsWith(csvSample.replace(/\r\n/g, "\n").trimEnd())).toBe(true);
});

test("conflict and day pages state the license and link to the same content as JSON", async ({ page, request }) => {
  for (const [path, label, api] of [
    [`/${conflict.slug}`, "Every day as JSON", `/api/v1/conflicts/${conflict.slug}`],
    [`/${conflict.slug}/${latest.date}`, "This briefing as JSON", `/api/v1/conflicts/${conflict.slug}/days/${latest.date}`],
  ] as const) {
    await page.goto(path);
    const note = page.getByTestId("license");
    await expect(note).toContainText("Published under the CC BY 4.0 license");
    await expect(note.getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
    await expect(note.getByRole("link", { name: label })).toHaveAttribute("href", api);
    expect((await request.get(api)).status()).toBe(200);
  }
});
