import { expect, test } from "@playwright/test";
import { formatLongDate } from "../../lib/dates";
import { getJsonLd, ISO_DATE_TIME } from "./head";
import { getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();
const ORIGIN = "http://127.0.0.1:3100";

function byType(data: Record<string, unknown>[], type: string) {
  const found = data.filter((d) => d["@type"] === type);
  expect(found, type).toHaveLength(1);
  return found[0] as Record<string, any>;
}

for (const briefing of briefings) {
  test(`NewsArticle and BreadcrumbList of day ${briefing.day}`, async ({ page, request }) => {
    await page.goto(`/${conflict.slug}/${briefing.date}`);
    const data = await getJsonLd(page);
    const article = byType(data, "NewsArticle");
    const url = `${ORIGIN}/${conflict.slug}/${briefing.date}`;
    expect(article["@context"]).toBe("https://schema.org");
    expect(article.headline).toBe(briefing.title ?? `${conflict.name}, day ${briefing.day}`);
    expect(article.description).toBe(briefing.summary);
    expect(article.datePublished).toMatch(ISO_DATE_TIME);
    expect(article.dateModified).toMatch(ISO_DATE_TIME);
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));
    expect(article.inLanguage).toBe("en");
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    expect(article.articleSection).toEqual(briefing.sections.map((s) => s.heading));
    expect(article.isPartOf).toMatchObject({ name: conflict.name, url: `${ORIGIN}/${conflict.slug}` });
    for (const role of ["author", "publisher"]) {
      expect(article[role]).toMatchObject({ "@type": "Organization", name: "Daybook", url: `${ORIGIN}/` });
      expect((await request.get(article[role].logo.url)).status()).toBe(200);
    }
    expect((await request.get(article.image[0])).headers()["content-type"]).toBe("image/png");

    const crumbs = byType(data, "BreadcrumbList");
    expect(crumbs.itemListElement.map((c: any) => [c.position, c.name, c.item])).toEqual([
      [1, "Daybook", `${ORIGIN}/`],
      [2, conflict.name, `${ORIGIN}/${conflict.slug}`],
      [3, formatLongDate(briefing.date), url],
    ]);
  });
}

test("conflict page has a two-step BreadcrumbList", async ({ page }) => {
  await page.goto(`/${conflict.slug}`);
  const crumbs = byType(await getJsonLd(page), "BreadcrumbList");
  expect(crumbs.itemListElement.map((c: any) => c.item)).toEqual([`${ORIGIN}/`, `${ORIGIN}/${conflict.slug}`]);
});

test("home page has WebSite and Organization", async ({ page }) => {
  await page.goto("/");
  const data = await getJsonLd(page);
  expect(byType(data, "WebSite")).toMatchObject({ name: "Daybook", url: `${ORIGIN}/`, inLanguage: "en" });
  expect(byType(data, "Organization")).toMatchObject({
    "@context": "https://schema.org",
    name: "Daybook",
    logo: { url: `${ORIGIN}/logo.png` },
  });
});
