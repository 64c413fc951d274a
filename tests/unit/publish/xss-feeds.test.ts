import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { isError, loadContent } from "@/lib/content";
import { formatJsonFeed, formatXmlFeed } from "@/lib/publish/feeds";
import { buildBreadcrumbs, buildNewsArticle, serializeJsonLd } from "@/lib/publish/json-ld";
import { formatHeadline } from "@/lib/publish/titles";
import { findActiveHtml } from "../xss-helpers";
import { writeXssSite, XSS_SLUG } from "../xss-site";

// Every payload the checker accepts, through the real content pipeline, into feeds and structured data.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-xss-site-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const site = writeXssSite(dir);
const content = loadContent(dir);
const conflict = content.conflicts.find((c) => c.slug === XSS_SLUG)!;
const briefings = content.briefings.get(XSS_SLUG)!;
const view = { conflict, entries: [...briefings].reverse().map((briefing) => ({ conflict, briefing, figures: [] })) };

const array = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe("payloads in feeds and structured data", () => {
  it("the XSS site is valid content: every payload where the checker accepts it", () => {
    expect(content.issues.filter(isError)).toEqual([]);
    expect(briefings.map((b) => b.date)).toContain(site.kitchenDate);
    expect(site.namedConflicts).toBeGreaterThan(200);
  });

  it("RSS and Atom are well-formed XML whose HTML content is inert", () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const format of ["rss", "atom"] as const) {
      const xml = formatXmlFeed(format, view);
      expect(XMLValidator.validate(xml), format).toBe(true);
      const parsed = parser.parse(xml);
      const items = format === "rss" ? array(parsed.rss.channel.item) : array(parsed.feed.entry);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const html = format === "rss" ? item["content:encoded"] : item.content["#text"];
        expect(findActiveHtml(String(html)), `${format} ${item.title}`).toEqual([]);
        // Fields read as HTML hold escaped text: a payload in a title or summary shows, it does not apply.
        const fields = format === "rss" ? [item.description] : [item.title["#text"], item.summary["#text"]];
        for (const field of fields) expect(String(field), format).not.toContain("<");
      }
    }
  });

  it("every conflict's RSS and Atom feeds, whose titles and categories carry its name, are well-formed XML", () => {
    for (const named of content.conflicts) {
      const entries = (content.briefings.get(named.slug) ?? []).slice(-1).map((briefing) => ({ conflict: named, briefing, figures: [] }));
      for (const format of ["rss", "atom"] as const) {
        expect(XMLValidator.validate(formatXmlFeed(format, { conflict: named, entries })), `${format} ${named.name}`).toBe(true);
      }
    }
  });

  it("JSON Feed parses and its HTML content is inert; titles and summaries come back as text", () => {
    const feed = JSON.parse(formatJsonFeed(view));
    for (const item of feed.items) {
      expect(findActiveHtml(item.content_html), item.id).toEqual([]);
      const briefing = briefings.find((b) => item.id.endsWith(b.date))!;
      expect(item.summary).toBe(briefing.summary);
    }
  });

  it("JSON-LD of every day and every named conflict has no < or > and parses back to the same text", () => {
    for (const briefing of briefings) {
      const headline = formatHeadline(conflict, briefing);
      const json = serializeJsonLd([buildNewsArticle(conflict, briefing, headline), buildBreadcrumbs(conflict, briefing)]);
      expect(json).not.toMatch(/[<>]/);
      expect(JSON.parse(json)[0].headline).toBe(headline);
    }
    for (const named of content.conflicts) {
      const json = serializeJsonLd(buildBreadcrumbs(named));
      expect(json).not.toMatch(/[<>]/);
      expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(named.name).slice(1, -1));
    }
  });
});
