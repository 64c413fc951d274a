import { expect, test } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getJsonLd } from "./head";
import { parseXml } from "./xml";

// tests/fixtures/content-multi/israel-gaza/2023-10-07.md: a lede citing AP, a first item citing Reuters then AP, a
// second citing the IDF (no URL), and the Times of Israel cited by nothing. Numbered by first citation:
// 1 AP (the lede), 2 Reuters, 3 IDF, then 4 Times of Israel.
const DAY = "/israel-gaza/2023-10-07";
const ORIGIN = "http://127.0.0.1:3101";

test("each marker is a numbered superscript link to its source, named for screen readers", async ({ page }) => {
  await page.goto(DAY);
  const links = (selector: string) =>
    page
      .locator(`${selector} sup a`)
      .evaluateAll((nodes) => nodes.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("aria-label")]));
  expect(await links('[data-testid="lede"] #lede-1')).toEqual([["1", "#source-1", "Source 1: Associated Press"]]);
  expect(await links("#battlefield-1")).toEqual([
    ["2", "#source-2", "Source 2: Reuters"],
    ["1", "#source-1", "Source 1: Associated Press"],
  ]);
  expect(await links("#battlefield-2")).toEqual([["3", "#source-3", "Source 3: Israel Defense Forces"]]);

  // Following a link lands on the source it names.
  await page.getByRole("link", { name: "Source 2: Reuters" }).click();
  await expect(page).toHaveURL(new RegExp(`${DAY}#source-2$`));
  await expect(page.locator("#source-2")).toBeInViewport();
  await expect(page.locator("#source-2 > a").first()).toHaveText("Reuters");
});

test("the sources list is numbered by first citation, shows domains, links names to reports and back to every citing item", async ({
  page,
}) => {
  await page.goto(DAY);
  const list = page.getByRole("region", { name: "Sources" }).locator("ol > li");
  await expect(list).toHaveCount(4);
  expect(await list.evaluateAll((nodes) => nodes.map((li) => li.id))).toEqual(["source-1", "source-2", "source-3", "source-4"]);
  await expect(list).toHaveText([
    "Associated Press (apnews.com) ↑ Back to Introduction ↑ Back to Battlefield 1",
    "Reuters (reuters.com) ↑ Back to Battlefield 1",
    "Israel Defense Forces ↑ Back to Battlefield 2",
    "Times of Israel (timesofisrael.com)",
  ]);
  const reuters = page.locator("#source-2").getByRole("link", { name: "Reuters", exact: true });
  await expect(reuters).toHaveAttribute("href", "https://www.reuters.com/world/middle-east/");
  await expect(reuters).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.locator("#source-3 a[href^='http']")).toHaveCount(0);

  const back = page.locator("#source-1").getByRole("link", { name: /^Back to / });
  expect(await back.evaluateAll((nodes) => nodes.map((a) => a.getAttribute("href")))).toEqual(["#lede-1", "#battlefield-1"]);
  await page.locator("#source-2").getByRole("link", { name: "Back to Battlefield 1" }).click();
  await expect(page).toHaveURL(new RegExp(`${DAY}#battlefield-1$`));
  await expect(page.locator("#battlefield-1")).toBeInViewport();
  await expect(page.locator("#battlefield-1")).toContainText("broke through the fence");
  await page.locator("#source-1").getByRole("link", { name: "Back to Introduction" }).click();
  await expect(page.locator("#lede-1")).toBeInViewport();
  await expect(page.locator("#lede-1")).toHaveText("Militants fired thousands of rockets from Gaza at dawn.1");
});

test("marker text appears nowhere: not in the page, its feeds, search or structured data", async ({ page, request }) => {
  for (const path of [
    DAY,
    "/israel-gaza/feed.xml",
    "/israel-gaza/atom.xml",
    "/israel-gaza/feed.json",
    "/feed.json",
    "/search?q=fence",
    "/search?q=rockets",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).not.toContain("[^");
  }
  await page.goto("/search?q=rockets");
  await expect(page.getByRole("main")).not.toContainText("[^");
});

test("feed items carry the citations as numbered links to the sources on the day's page", async ({ request }) => {
  const json = await (await request.get("/israel-gaza/feed.json")).json();
  const html: string = json.items.find((i: { url: string }) => i.url.endsWith(DAY)).content_html;
  expect(html).toContain(
    `<li>Hamas-led militants broke through the fence around the Gaza Strip and attacked Israeli towns, kibbutzim, army posts and a music festival.` +
      `<sup><a href="${ORIGIN}${DAY}#source-2" aria-label="Source 2: Reuters">2</a></sup><sup aria-hidden="true">,</sup>` +
      `<sup><a href="${ORIGIN}${DAY}#source-1" aria-label="Source 1: Associated Press">1</a></sup></li>`,
  );
  expect(html).toContain('<li><a href="https://www.reuters.com/world/middle-east/">Reuters</a> (reuters.com)</li>');

  const atom = parseXml(await (await request.get("/israel-gaza/atom.xml")).text()).feed;
  const entry = atom.entry.find((e: any) => e.link["@_href"].endsWith(DAY));
  const content: string = entry.content["#text"] ?? entry.content;
  expect(content).toContain(`<a href="${ORIGIN}${DAY}#source-3" aria-label="Source 3: Israel Defense Forces">3</a>`);
});

test("JSON-LD cites each source with a URL and carries each correction", async ({ page }) => {
  await page.goto(DAY);
  const article = (await getJsonLd(page)).find((d) => d["@type"] === "NewsArticle")!;
  expect(article.citation).toEqual([
    {
      "@type": "CreativeWork",
      name: "Associated Press",
      url: "https://apnews.com/hub/israel-hamas-war",
      publisher: { "@type": "Organization", name: "Associated Press" },
    },
    {
      "@type": "CreativeWork",
      name: "Reuters",
      url: "https://www.reuters.com/world/middle-east/",
      publisher: { "@type": "Organization", name: "Reuters" },
    },
    {
      "@type": "CreativeWork",
      name: "Times of Israel",
      url: "https://www.timesofisrael.com/liveblog/",
      publisher: { "@type": "Organization", name: "Times of Israel" },
    },
  ]);
  expect(article).not.toHaveProperty("correction");

  await page.goto("/israel-gaza/2024-01-07");
  const corrected = (await getJsonLd(page)).find((d) => d["@type"] === "NewsArticle")!;
  expect(corrected.correction).toEqual([
    { "@type": "CorrectionComment", text: "An earlier version of this fixture misspelt a name.", datePublished: "2024-01-08T09:30:00Z" },
    {
      "@type": "CorrectionComment",
      text: "An earlier version of this fixture filed its only item under the wrong section.",
      datePublished: "2024-01-09",
    },
  ]);
  expect(corrected).not.toHaveProperty("citation"); // its only source has no URL
});

test("a day with citations: axe finds no violation in light or dark mode, headings in order, fits 320 px", async ({ page }) => {
  await page.goto(DAY);
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);
  await page.goto(`${DAY}#source-2`); // the targeted source is highlighted: still no violation
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
