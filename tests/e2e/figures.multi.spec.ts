import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getJsonLd } from "./head";

// tests/fixtures/content-multi/israel-gaza declares killed-in-gaza (cumulative) and hostages-held. 2024-01-07 reports
// killed-in-gaza (22,835) from its AP source; 2024-10-07 reports 41,909 as of 6 October from a source only that figure
// cites, with a correction naming the figure, and hostages-held (101) from another figure-only source.
const DAY = "/israel-gaza/2024-10-07";
const FIGURES = "/israel-gaza/figures";

test("the Key figures box: label, value, unit, as-of date, change with a link, numbered source, correction", async ({ page }) => {
  await page.goto(DAY);
  const box = page.getByRole("region", { name: "Key figures" });
  const figures = box.getByTestId("key-figure");
  await expect(figures).toHaveCount(2);
  const killed = page.locator("#figure-killed-in-gaza");
  await expect(killed.locator("dt")).toHaveText("Killed in Gaza (health ministry)");
  await expect(killed).toContainText("41,909 people");
  await expect(killed).toContainText("as of 6 October");
  await expect(killed.getByRole("link", { name: "+19,074 since 7 January" })).toHaveAttribute("href", "/israel-gaza/2024-01-07");
  await expect(killed).toContainText("The ministry's count to the evening before.");
  const hostages = page.locator("#figure-hostages-held");
  await expect(hostages).toContainText("101 people");
  await expect(hostages).toContainText("first report");
  await expect(hostages).not.toContainText("as of");

  // Each figure's source is a numbered citation; sources only figures cite are numbered and listed, linking back.
  await killed.getByRole("link", { name: "Source 1: Gaza health ministry (fixture)" }).click();
  await expect(page).toHaveURL(new RegExp(`${DAY}#source-1$`));
  const sources = page.getByRole("region", { name: "Sources" }).locator("ol > li");
  await expect(sources).toHaveText([
    "Gaza health ministry (fixture) (example.org) ↑ Back to Killed in Gaza (health ministry)",
    "Israel Defense Forces (fixture) (example.org) ↑ Back to Hostages held in Gaza",
  ]);
  await page.locator("#source-2").getByRole("link", { name: "Back to Hostages held in Gaza" }).click();
  await expect(page.locator("#figure-hostages-held")).toBeInViewport();

  // The change links to the day of the previous report.
  await killed.getByRole("link", { name: /since 7 January/ }).click();
  await expect(page).toHaveURL(/\/israel-gaza\/2024-01-07$/);
  await expect(page.locator("#figure-killed-in-gaza")).toContainText("22,835 people");
  await expect(page.locator("#figure-killed-in-gaza")).toContainText("first report");
});

test("a corrected figure is shown as such, linked to the correction", async ({ page }) => {
  await page.goto(DAY);
  const killed = page.locator("#figure-killed-in-gaza");
  await expect(killed).toContainText("Corrected on 8 October");
  await killed.getByRole("link", { name: "Corrected" }).click();
  await expect(page).toHaveURL(new RegExp(`${DAY}#corrections$`));
  const notice = page.getByRole("complementary", { name: "Correction" });
  await expect(notice).toBeInViewport();
  await expect(notice).toContainText("gave 41,000 people killed; the ministry's count was 41,909");
  await expect(page.locator("#figure-hostages-held")).not.toContainText("Corrected");
  // The figures page marks that report as corrected in its table, linking to the correction.
  await page.goto(FIGURES);
  await expect(page.locator("#killed-in-gaza tbody tr").first().getByRole("link", { name: "(corrected)" })).toHaveAttribute(
    "href",
    `${DAY}#corrections`,
  );
});

test("the figures page: in the conflict's navigation, one server-drawn chart per figure with its table and CSV link", async ({ page }) => {
  await page.goto("/israel-gaza");
  await page.getByRole("navigation", { name: "Browse this conflict" }).getByRole("link", { name: "Figures" }).click();
  await expect(page).toHaveURL(new RegExp(`${FIGURES}$`));
  await expect(page.locator("h1")).toHaveText(/Israel–Gaza war.*Key figures/);
  await expect(page.getByRole("link", { name: "Figures" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("main h2")).toHaveText(["Killed in Gaza (health ministry)", "Hostages held in Gaza"]);

  const chart = page.locator("#killed-in-gaza svg");
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart).toHaveAccessibleName("Killed in Gaza (health ministry), 7 January 2024 to 6 October 2024");
  await expect(chart).toHaveAccessibleDescription(
    "Latest: 41,909 people as of 6 October 2024. Range: from 22,835 to 41,909 people, over 2 reports.",
  );
  await expect(chart.locator("path.chart-line")).toHaveAttribute("d", /^M[\d.,L]+$/);
  await expect(chart.locator("text.chart-latest")).toHaveText("41,909");
  const box = await chart.boundingBox();
  expect(box?.width).toBeGreaterThan(300);

  // Its newest reports (here both), newest first, with links to the day and the source.
  const table = page.locator("#killed-in-gaza table");
  await expect(table).toBeVisible();
  await expect(table.locator("caption")).toHaveText("Killed in Gaza (health ministry): Every report, newest first");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("tbody tr").last()).toHaveText(/7 Jan 2024\s*22,835\s*7 Jan 2024\s*Associated Press/);
  await expect(table.locator("tbody tr").last().getByRole("link", { name: "7 Jan 2024" })).toHaveAttribute(
    "href",
    "/israel-gaza/2024-01-07",
  );
  await expect(table.locator("tbody tr").first()).toHaveText(
    /7 Oct 2024\s*41,909 \(corrected\)\s*6 Oct 2024\s*Gaza health ministry \(fixture\)/,
  );
  // Every report is a year page away.
  const years = page.getByRole("navigation", { name: "Killed in Gaza (health ministry): every report, by year" });
  await expect(years.getByRole("link")).toHaveText(["2024"]);
  await expect(years).toContainText("2024 (2)");

  const csv = page.getByRole("link", { name: "Download the data (CSV): Killed in Gaza (health ministry)" });
  await expect(csv).toHaveAttribute("href", "/israel-gaza/figures/killed-in-gaza.csv");
  const [download] = await Promise.all([page.waitForEvent("download"), csv.click()]);
  expect(download.suggestedFilename()).toBe("israel-gaza-killed-in-gaza.csv");
});

test("a figure's year page: its chart, every report of the year, the way back, and 404 for a year or figure without reports", async ({
  page,
  request,
}) => {
  await page.goto(FIGURES);
  await page
    .getByRole("navigation", { name: "Killed in Gaza (health ministry): every report, by year" })
    .getByRole("link", { name: "2024" })
    .click();
  await expect(page).toHaveURL(/\/israel-gaza\/figures\/killed-in-gaza\/2024$/);
  await expect(page).toHaveTitle("Killed in Gaza (health ministry), 2024 · Israel–Gaza war · Daybook");
  await expect(page.locator("h1")).toHaveText(/Israel–Gaza war.*Killed in Gaza \(health ministry\), 2024/);
  await expect(page.getByRole("link", { name: "Figures" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("svg.figure-chart")).toHaveAccessibleName("Killed in Gaza (health ministry), 7 January 2024 to 6 October 2024");
  // A table a month, each under its month's heading.
  await expect(page.locator("main h2")).toHaveText(["January 2024", "October 2024"]);
  const rows = page.locator("main table tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveText(/7 Jan 2024\s*22,835\s*7 Jan 2024\s*Associated Press/);
  await expect(rows.last()).toHaveText(
    /7 Oct 2024\s*41,909 \(corrected\)\s*6 Oct 2024\s*Gaza health ministry \(fixture\)\s*The ministry's count/,
  );
  await expect(rows.last().getByRole("link", { name: "Gaza health ministry (fixture)" })).toHaveAttribute(
    "href",
    "https://example.org/gaza-health-ministry/2024-10-06",
  );
  await expect(page.getByRole("link", { name: "2024", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Download every report (CSV)" })).toHaveAttribute(
    "href",
    "/israel-gaza/figures/killed-in-gaza.csv",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "← Every key figure" }).click();
  await expect(page).toHaveURL(/\/israel-gaza\/figures#killed-in-gaza$/);

  for (const path of [
    "/israel-gaza/figures/killed-in-gaza/2023",
    "/israel-gaza/figures/hostages-held/2023",
    "/israel-gaza/figures/hostages/2024",
    "/israel-gaza/figures/killed-in-gaza/24",
    "/israel-gaza/figures/killed-in-gaza/02024",
    "/israel-gaza/figures/killed-in-gaza.csv/2024",
    "/israel-gaza/figures/killed-in-gaza/2024/01",
    "/sample-war/figures/killed-in-gaza/2024",
    "/nowhere/figures/killed-in-gaza/2024",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("charts need no JavaScript: the page is whole with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(FIGURES);
  await expect(page.locator("svg.figure-chart")).toHaveCount(2);
  await expect(page.locator("#hostages-held svg path.chart-marks")).toHaveAttribute("d", /^M[\d.]+,[\d.]+h0$/);
  await context.close();
});

test("the CSV download: every report, as text/csv, round-tripping the page's data; 404 for unknown conflicts and keys", async ({
  request,
}) => {
  const response = await request.get("/israel-gaza/figures/killed-in-gaza.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="israel-gaza-killed-in-gaza.csv"');
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(parse(await response.text(), { columns: true })).toEqual([
    { date: "2024-01-07", value: "22835", as_of: "2024-01-07", source_name: "Associated Press", source_url: "", note: "" },
    {
      date: "2024-10-07",
      value: "41909",
      as_of: "2024-10-06",
      source_name: "Gaza health ministry (fixture)",
      source_url: "https://example.org/gaza-health-ministry/2024-10-06",
      note: "The ministry's count to the evening before.",
    },
  ]);
  for (const path of [
    "/israel-gaza/figures/hostages.csv",
    "/israel-gaza/figures/killed-in-gaza.json",
    "/israel-gaza/figures/killed-in-gaza",
    "/israel-gaza/figures/KILLED-IN-GAZA.csv",
    "/israel-gaza/figures/killed-in-gaza.CSV",
    "/israel-gaza/figures/killed-in-gaza.csv.csv",
    "/israel-gaza/figures/..csv",
    "/israel-gaza/figures/a%20b.csv",
    "/israel-gaza/figures/%3Cscript%3E.csv",
    "/nowhere/figures/killed-in-gaza.csv",
    "/sample-war/figures/hostages-held.csv",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get("/nowhere/figures")).status()).toBe(404);
});

test("axe finds no violation on the box and the figures page, in light and dark mode; headings in order; 320 px wide", async ({ page }) => {
  for (const path of [DAY, FIGURES, `${FIGURES}/killed-in-gaza/2024`]) {
    await page.goto(path);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("charts follow the theme and print black on white", async ({ page }) => {
  const stroke = () => page.locator("#killed-in-gaza path.chart-line").evaluate((path) => getComputedStyle(path).stroke);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(FIGURES);
  const light = await stroke();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await stroke();
  expect(dark).not.toBe(light);
  await page.emulateMedia({ colorScheme: "dark", media: "print" });
  expect(await stroke()).toBe("rgb(0, 0, 0)");
  await expect(page.locator("svg.figure-chart").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Browse this conflict" })).toBeHidden();
  await page.goto(DAY);
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
});

test("figures reach the day's JSON-LD and its feed entries", async ({ page, request }) => {
  await page.goto(DAY);
  const article = (await getJsonLd(page)).find((d) => d["@type"] === "NewsArticle")!;
  expect(article.mentions).toEqual([
    {
      "@type": "Observation",
      name: "Killed in Gaza (health ministry)",
      value: 41_909,
      unitText: "people",
      observationDate: "2024-10-06",
      observationAbout: { "@type": "Thing", name: "Israel–Gaza war" },
      url: `http://127.0.0.1:3101${DAY}#figure-killed-in-gaza`,
    },
    {
      "@type": "Observation",
      name: "Hostages held in Gaza",
      value: 101,
      unitText: "people",
      observationDate: "2024-10-07",
      observationAbout: { "@type": "Thing", name: "Israel–Gaza war" },
      url: `http://127.0.0.1:3101${DAY}#figure-hostages-held`,
    },
  ]);
  expect((article.citation as { name: string }[]).map((c) => c.name)).toEqual([
    "Gaza health ministry (fixture)",
    "Israel Defense Forces (fixture)",
  ]);

  const json = await (await request.get("/israel-gaza/feed.json")).json();
  const html: string = json.items.find((i: { url: string }) => i.url.endsWith(DAY)).content_html;
  expect(html).toContain(
    `<h2>Key figures</h2>\n<ul><li>Killed in Gaza (health ministry): <strong>41,909</strong> people (as of 6 October; +19,074 since 7 January; corrected)` +
      `<sup><a href="http://127.0.0.1:3101${DAY}#source-1" aria-label="Source 1: Gaza health ministry (fixture)">1</a></sup> The ministry&#39;s count to the evening before.</li>`,
  );
});
