import { expect, test } from "@playwright/test";
import { expectResolves, ISO_DATE_TIME } from "./head";
import { parseXml } from "./xml";

// The generated "live-war" has 60 days: today, yesterday, then 58 days ending four days ago.
const ORIGIN = "http://127.0.0.1:3101";
const DAY = 24 * 60 * 60 * 1000;
const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
const isoDay = (offset: number) => new Date(today.getTime() - offset * DAY).toISOString().slice(0, 10);

test("the news sitemap lists exactly the briefings published in the last two days", async ({ request }) => {
  const xml = parseXml(await (await request.get("/news-sitemap.xml")).text());
  const urls: any[] = xml.urlset.url;
  expect(urls.map((u) => u.loc)).toEqual([`${ORIGIN}/live-war/${isoDay(0)}`, `${ORIGIN}/live-war/${isoDay(1)}`]);
  for (const url of urls) {
    const news = url["news:news"];
    expect(news["news:publication"]["news:name"]).toBe("Daybook");
    expect(news["news:publication"]["news:language"]).toBe("en");
    expect(news["news:publication_date"]).toMatch(ISO_DATE_TIME);
    expect(news["news:title"]).toMatch(/^Live war, day \d+: /);
    await expectResolves(request, url.loc);
  }
});

test("feeds hold the latest 50 briefings, newest first, across conflicts", async ({ request }) => {
  const rss = parseXml(await (await request.get("/feed.xml")).text()).rss.channel;
  expect(rss.item).toHaveLength(50);
  expect(rss.item[0].link).toBe(`${ORIGIN}/live-war/${isoDay(0)}`);
  const live = await (await request.get("/live-war/feed.json")).json();
  expect(live.items).toHaveLength(50);
  expect(live.items.at(-1).url).toBe(`${ORIGIN}/live-war/${isoDay(51)}`);
});

test("drafts appear in no list, sitemap or feed", async ({ request }) => {
  for (const path of [
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/feed.xml",
    "/atom.xml",
    "/feed.json",
    "/sample-war/feed.xml",
    "/sample-war/atom.xml",
    "/sample-war/feed.json",
    "/sample-war",
    "/",
  ]) {
    const text = await (await request.get(path)).text();
    expect(text, path).not.toContain("2024-03-12");
    expect(text, path).not.toContain("GOLF");
  }
});

test("feed items link relative URLs absolutely and escape hostile text", async ({ request }) => {
  const atom = parseXml(await (await request.get("/sample-war/atom.xml")).text()).feed;
  const hostile = atom.entry.find((e: any) => e.link["@_href"].endsWith("/2024-03-11"));
  // Atom declares the title type="html": the plain-text headline is escaped, so readers show it rather than apply it.
  expect(hostile.title["#text"] ?? hostile.title).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(hostile.title["#text"] ?? hostile.title).not.toContain("<script>");
  expect(hostile.updated).toMatch(ISO_DATE_TIME);
});
