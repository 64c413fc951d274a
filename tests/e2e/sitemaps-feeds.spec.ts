import { expect, test } from "@playwright/test";
import { formatTagSlug } from "../../lib/tags";
import { expectResolves, ISO_DATE_TIME } from "./head";
import { decodeHtml, parseXml } from "./xml";
import { getLastCommitTime, getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();
const ORIGIN = "http://127.0.0.1:3100";

test("sitemap.xml lists every public page with a truthful lastmod, and every URL resolves", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = parseXml(await response.text());
  expect(xml.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const urls: { loc: string; lastmod: string }[] = xml.urlset.url;
  const months = [...new Set(briefings.map((b) => b.date.slice(0, 7).replace("-", "/")))];
  const tagPages = (["places", "topics"] as const).flatMap((kind) => [
    `/${conflict.slug}/${kind}`,
    ...new Set(briefings.flatMap((b) => b[kind].map((name) => `/${conflict.slug}/${kind}/${formatTagSlug(name)}`))),
  ]);
  const expected = [
    "/",
    `/${conflict.slug}`,
    ...briefings.map((b) => `/${conflict.slug}/${b.date}`),
    `/${conflict.slug}/archive`,
    ...months.map((month) => `/${conflict.slug}/archive/${month}`),
    `/${conflict.slug}/map`,
    ...(briefings.some((b) => b.figures.length > 0) ? [`/${conflict.slug}/figures`] : []),
    // Each figure's year pages: every year in which a day reports it.
    ...new Set(briefings.flatMap((b) => b.figures.map((f) => `/${conflict.slug}/figures/${f.key}/${b.date.slice(0, 4)}`))),
    ...tagPages,
  ].map((p) => `${ORIGIN}${p}`);
  expect(urls.map((u) => u.loc).sort()).toEqual(expected.sort());
  for (const url of urls) {
    expect(url.lastmod).toMatch(ISO_DATE_TIME);
    await expectResolves(request, url.loc);
  }
  // A list page's lastmod is the newest lastmod of the days it lists.
  for (const month of months) {
    const days = urls.filter((u) => briefings.some((b) => b.date.startsWith(month.replace("/", "-")) && u.loc.endsWith(`/${b.date}`)));
    const entry = urls.find((u) => u.loc.endsWith(`/archive/${month}`))!;
    expect(entry.lastmod, month).toBe(
      days
        .map((d) => d.lastmod)
        .sort()
        .at(-1),
    );
  }
  for (const briefing of briefings) {
    const entry = urls.find((u) => u.loc.endsWith(`/${briefing.date}`))!;
    // The latest published revision when git tracks the file, else `updated`, the latest correction or the date (briefing.modified, read without git).
    const want = getLastCommitTime(conflict.slug, briefing.date) ?? briefing.modified;
    expect(entry.lastmod, briefing.date).toBe(want);
  }
});

test("news-sitemap.xml uses the Google News namespace and holds no briefing older than two days", async ({ request }) => {
  const text = await (await request.get("/news-sitemap.xml")).text();
  const xml = parseXml(text);
  expect(xml.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
  expect(xml.urlset.url ?? []).toEqual([]); // the shipped briefings are from 2024
});

test("RSS 2.0 feeds carry the latest briefings with their full sectioned content", async ({ request }) => {
  for (const feedPath of ["/feed.xml", `/${conflict.slug}/feed.xml`]) {
    const response = await request.get(feedPath);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const rss = parseXml(await response.text()).rss;
    expect(rss["@_version"]).toBe("2.0");
    const channel = rss.channel;
    for (const field of ["title", "link", "description", "language", "lastBuildDate"]) expect(channel[field], field).toBeTruthy();
    const items: any[] = channel.item;
    expect(items.map((i) => i.link)).toEqual([...briefings].reverse().map((b) => `${ORIGIN}/${conflict.slug}/${b.date}`));
    for (const [index, item] of items.entries()) {
      const briefing = [...briefings].reverse()[index]!;
      expect(item.title).toContain(`day ${briefing.day}`);
      expect(item.guid["#text"] ?? item.guid).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      // RSS readers take <description> as HTML, so the summary is HTML-escaped inside the XML text.
      expect(decodeHtml(item.description)).toBe(briefing.summary);
      for (const section of briefing.sections) {
        expect(item["content:encoded"]).toContain(`<h2>${section.heading}</h2>`);
      }
      await expectResolves(request, item.link);
    }
  }
});

test("Atom 1.0 feeds have the required elements", async ({ request }) => {
  for (const feedPath of ["/atom.xml", `/${conflict.slug}/atom.xml`]) {
    const response = await request.get(feedPath);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const feed = parseXml(await response.text()).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(feed[field], field).toBeTruthy();
    expect(feed.updated).toMatch(ISO_DATE_TIME);
    const entries: any[] = feed.entry;
    expect(entries).toHaveLength(briefings.length);
    for (const entry of entries) {
      for (const field of ["id", "title", "updated", "link", "content"]) expect(entry[field], field).toBeTruthy();
      expect(entry.updated).toMatch(ISO_DATE_TIME);
      await expectResolves(request, entry.link["@_href"]);
    }
  }
});

test("JSON Feed 1.1 feeds have the required fields", async ({ request }) => {
  for (const feedPath of ["/feed.json", `/${conflict.slug}/feed.json`]) {
    const response = await request.get(feedPath);
    expect(response.headers()["content-type"]).toContain("application/feed+json");
    const feed = await response.json();
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBeTruthy();
    expect(feed.home_page_url).toMatch(new RegExp(`^${ORIGIN}/`));
    expect(feed.feed_url).toBe(`${ORIGIN}${feedPath}`);
    expect(feed.items).toHaveLength(briefings.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(item.content_html).toContain("<h2>");
      expect(item.date_published).toMatch(ISO_DATE_TIME);
      await expectResolves(request, item.url);
    }
  }
});

test("an unknown conflict's feed is a 404", async ({ request }) => {
  for (const feedPath of ["/nowhere/feed.xml", "/nowhere/atom.xml", "/nowhere/feed.json"]) {
    expect((await request.get(feedPath)).status()).toBe(404);
  }
});
