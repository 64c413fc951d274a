import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ChangesFeedView } from "@/lib/content";
import { formatCommitSubject } from "@/lib/content/parse-git-log";
import { formatChangesFeed } from "@/lib/publish/changes-feed";
import { makeBriefing, russiaUkraine } from "../helpers";
import { HTML_PAYLOADS, URL_PAYLOADS } from "../xss-helpers";

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

interface ParsedEntry {
  title: { "#text": string };
  summary: { "#text": string };
  link: { "@_href": string };
}

function parse(xml: string): { updated: string; entry: ParsedEntry[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml).feed;
}

const SUBJECTS = [...HTML_PAYLOADS, ...URL_PAYLOADS, "A]]>B]]><script>alert(1)</script>", "Bell\u0007 and NUL-free \u001b[31mcolour"].map(
  formatCommitSubject,
);

describe("formatChangesFeed", () => {
  it("keeps every hostile commit subject as text: the feed stays well-formed XML and each subject reads back unchanged", () => {
    const view: ChangesFeedView = {
      conflict: russiaUkraine,
      entries: SUBJECTS.map((subject, i) => ({
        briefing: makeBriefing("2024-01-07", { day: 683, title: "</script><b>bold</b>" }),
        commit: `${i.toString(16).padStart(12, "0")}${"a".repeat(28)}`,
        time: new Date(Date.UTC(2024, 0, 8) - i * 60_000).toISOString(),
        subject,
      })),
    };
    const xml = formatChangesFeed(view);
    const feed = parse(xml);
    expect(feed.entry).toHaveLength(SUBJECTS.length);
    feed.entry.forEach((entry, i) => {
      expect(decode(entry.summary["#text"])).toBe(SUBJECTS[i]);
      expect(decode(entry.title["#text"])).toBe("Changed: Russia–Ukraine war, day 683: </script><b>bold</b>");
      expect(entry.link["@_href"]).toBe(`http://localhost:3000/russia-ukraine/2024-01-07/history#r-${i.toString(16).padStart(12, "0")}`);
    });
    // Escaped before the library's CDATA, nothing of a payload is markup, and no "]]>" ends a CDATA early.
    expect(xml).not.toMatch(/<script|<img|<svg|<iframe|<b>/i);
    expect(xml.match(/\]\]>/g)).toHaveLength(xml.match(/<!\[CDATA\[/g)!.length);
  });

  it("is dated by its newest change, and empty without changes", () => {
    expect(parse(formatChangesFeed({ conflict: russiaUkraine, entries: [] })).updated).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("formatCommitSubject", () => {
  it("turns control characters into spaces, squeezes spaces and cuts at 300 characters", () => {
    expect(formatCommitSubject("  Fix\tthe\u0000toll\u0007 \u001b[0m ")).toBe("Fix the toll [0m");
    expect(Array.from(formatCommitSubject("é".repeat(400)))).toHaveLength(300);
  });
});
