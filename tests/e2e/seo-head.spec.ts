import { expect, test } from "@playwright/test";
import { formatLongDate } from "../../lib/dates";
import { expectResolves, getMeta, readPngSize } from "./head";
import { getLastCommitTime, getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();
const ORIGIN = "http://127.0.0.1:3100"; // SITE_URL of the shipped test build

const PAGES = [
  { path: "/", type: "website", description: "One briefing per day per conflict: the battlefield, politics and diplomacy, and weapons." },
  { path: `/${conflict.slug}`, type: "website", description: conflict.summary! },
  ...briefings.map((b) => ({ path: `/${conflict.slug}/${b.date}`, type: "article", description: b.summary })),
];

test("every page has a unique title", async ({ page }) => {
  const titles = new Set<string>();
  for (const { path } of PAGES) {
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(PAGES.length);
});

for (const { path, type, description } of PAGES) {
  test(`head tags of ${path}`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await getMeta(page, "description")).toBe(description);
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).href).toBe(`${ORIGIN}${path}`);
    expect(await getMeta(page, "og:type")).toBe(type);
    expect(await getMeta(page, "og:title")).toBe(await page.title());
    expect(await getMeta(page, "og:description")).toBe(description);
    expect(new URL((await getMeta(page, "og:url"))!).href).toBe(`${ORIGIN}${path}`);
    expect(await getMeta(page, "og:site_name")).toBe("Daybook");
    expect(await getMeta(page, "twitter:card")).toBe("summary_large_image");

    const image = await getMeta(page, "og:image");
    expect(image).toMatch(new RegExp(`^${ORIGIN}/`));
    expect(await getMeta(page, "twitter:image")).toBe(image);
    const png = await request.get(image!);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(readPngSize(await png.body())).toEqual({ width: 1200, height: 630 });

    const feeds = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) => links.map((l) => ({ type: l.getAttribute("type"), href: l.getAttribute("href") })));
    expect(feeds.map((f) => f.type)).toEqual(
      expect.arrayContaining(["application/rss+xml", "application/atom+xml", "application/feed+json"]),
    );
    for (const feed of feeds) await expectResolves(request, feed.href!);
  });
}

for (const briefing of briefings) {
  test(`article tags of day ${briefing.day}`, async ({ page }) => {
    await page.goto(`/${conflict.slug}/${briefing.date}`);
    const title = await page.title();
    for (const piece of [conflict.name, `Day ${briefing.day}`, formatLongDate(briefing.date), briefing.title ?? ""])
      expect(title).toContain(piece);
    expect(await getMeta(page, "article:published_time")).toBe(`${briefing.date}T00:00:00.000Z`);
    const modified = await getMeta(page, "article:modified_time");
    expect(Date.parse(modified!)).toBeGreaterThanOrEqual(Date.parse(`${briefing.date}T00:00:00Z`));
    expect(modified).toBe(getLastCommitTime(conflict.slug, briefing.date) ?? briefing.modified);
    expect(await getMeta(page, "article:section")).toBe(conflict.name);
  });
}

test("robots.txt allows crawling and names both sitemaps", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
});

test("the logo and icon are PNG images", async ({ request }) => {
  expect(readPngSize(await (await request.get("/logo.png")).body())).toEqual({ width: 512, height: 512 });
  expect(readPngSize(await (await request.get("/icon")).body())).toEqual({ width: 32, height: 32 });
});
