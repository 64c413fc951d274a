import { describe, expect, it } from "vitest";
import { isError } from "@/lib/content/issues";
import { buildNewsArticle, serializeJsonLd } from "@/lib/publish/json-ld";
import { formatBriefingHtml } from "@/lib/publish/feed-html";
import { markdown, renderBlocks } from "@/lib/content/markdown";
import { russiaUkraine, parseDay } from "../helpers";
import { buildXssCases, findActiveHtml, HTML_PAYLOADS, URL_PAYLOADS } from "../xss-helpers";

const CASES = buildXssCases();
const outcome = { rejected: 0, inert: 0 };

describe(`XSS corpus: ${HTML_PAYLOADS.length + URL_PAYLOADS.length} payloads in ${CASES.length} placements`, () => {
  it("has at least 100 payloads", () => {
    expect(HTML_PAYLOADS.length + URL_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES)("$name is rejected with its position, or rendered inert", ({ front, body }) => {
    const text = `---\nsummary: "A summary."\n${front}---\n${body}`;
    const { briefing, issues } = parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
    const errors = issues.filter(isError);
    if (errors.length > 0) {
      outcome.rejected++;
      for (const error of errors) {
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.column).toBeGreaterThanOrEqual(1);
      }
      // Rejected for the payload itself: raw HTML, an unsafe URL, or an invalid source URL or id.
      expect(errors.filter((e) => ["DB301", "DB303", "DB109"].includes(e.code)).length, errors.map((e) => e.code).join(" ")).toBeGreaterThan(0);
    } else {
      outcome.inert++;
      const html = [briefing!.ledeHtml ?? "", ...briefing!.sections.flatMap((s) => s.items.map((i) => i.html))].join("\n");
      expect(findActiveHtml(html)).toEqual([]);
      // Feeds: the items with their citation links, and the sources list with names, URLs and domains.
      const feedHtml = formatBriefingHtml(briefing!, "https://daybook.example/russia-ukraine/2024-01-07");
      expect(findActiveHtml(feedHtml)).toEqual([]);
      expect(feedHtml).not.toContain("[^");
      // Front-matter text reaches pages through React (escaped) and JSON-LD (serialized), cited sources included:
      const article = buildNewsArticle(russiaUkraine, briefing!, briefing!.title ?? "");
      const jsonLd = serializeJsonLd(article);
      expect(jsonLd).not.toMatch(/[<>]/);
      expect(JSON.parse(jsonLd)).toEqual(article);
    }
    // Defence in depth: the renderer alone, as if the checker had been bypassed, outputs nothing active.
    expect(findActiveHtml(renderBlocks(markdown.parse(body, {})))).toEqual([]);
  });

  it("rejected some placements and rendered the rest inert", () => {
    expect(outcome.rejected).toBeGreaterThan(0);
    expect(outcome.inert).toBeGreaterThan(0);
    console.log(`XSS corpus: ${outcome.rejected} placements rejected by the checker, ${outcome.inert} accepted and rendered inert`);
  });
});

describe("findActiveHtml (the inertness check itself)", () => {
  it.each([
    ['<img src="x" onerror="alert(1)">', "attribute onerror"],
    ["<script>alert(1)</script>", "tag <script>"],
    ['<a href="jav&#x61;script:alert(1)">x</a>', "href javascript:"],
    ['<a href="data:text/html,x">x</a>', "href data:"],
    ['<p style="color:red">x</p>', "style color:red"],
  ])("catches %s", (html, problem) => {
    expect(findActiveHtml(html)).toContain(problem);
  });

  it("accepts the renderer's own markup", () => {
    expect(findActiveHtml('<p>A <a href="https://example.org/?a=1&amp;b=2" title="t">link</a>, <em>e</em>, <img src="/x.png" alt="y"></p>')).toEqual([]);
  });
});
