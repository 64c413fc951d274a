import { describe, expect, it } from "vitest";
import { isError, type ContentIssue } from "@/lib/content/issues";
import { parseConflict } from "@/lib/content/parse-conflict";
import { buildNewsArticle, serializeJsonLd } from "@/lib/publish/json-ld";
import { formatBriefingHtml } from "@/lib/publish/feed-html";
import { markdown, renderBlocks } from "@/lib/content/markdown";
import { russiaUkraine, parseDay } from "../helpers";
import { ALL_PAYLOADS, buildConflictXssCases, buildXssCases, findActiveHtml, formatXssDay, HTML_PAYLOADS, URL_PAYLOADS } from "../xss-helpers";

const CASES = buildXssCases();
const CONFLICT_CASES = buildConflictXssCases();
const PLACEMENTS = new Map(CASES.map((c) => [c.placement, CASES.filter((other) => other.placement === c.placement)]));
const outcome = { rejected: 0, inert: 0 };

/** Each error has a position and a code this placement may be rejected with. */
function expectRejectedForThePayload(name: string, issues: ContentIssue[], codes: readonly string[]): void {
  for (const issue of issues) {
    expect(issue.line, name).toBeGreaterThanOrEqual(1);
    expect(issue.column, name).toBeGreaterThanOrEqual(1);
  }
  expect(issues.filter((e) => codes.includes(e.code)).length, `${name}: ${issues.map((e) => `${e.code} ${e.message}`).join("; ")}`).toBeGreaterThan(0);
}

describe(`XSS corpus: ${ALL_PAYLOADS.length} payloads in ${CASES.length + CONFLICT_CASES.length} placements`, () => {
  it("has at least 250 payloads, each counted once", () => {
    console.log(`XSS corpus: ${HTML_PAYLOADS.length} HTML payloads and ${URL_PAYLOADS.length} URLs`);
    expect(ALL_PAYLOADS.length).toBeGreaterThanOrEqual(250);
    expect(new Set(ALL_PAYLOADS).size).toBe(ALL_PAYLOADS.length);
  });

  // One test per placement (items, lede, title…), each running every payload: thousands of tiny tests would cost more than the checks.
  it.each([...PLACEMENTS.keys()])("every payload %s is rejected with its position, or rendered inert", (placement) => {
    for (const { name, front, body, codes } of PLACEMENTS.get(placement)!) {
      const { briefing, issues } = parseDay("c/2024-01-07.md", "2024-01-07.md", formatXssDay({ front, body }), russiaUkraine, {
        today: "2026-11-29",
      });
      const errors = issues.filter(isError);
      if (errors.length > 0) {
        outcome.rejected++;
        expectRejectedForThePayload(name, errors, codes);
      } else {
        outcome.inert++;
        const html = [briefing!.ledeHtml ?? "", ...briefing!.sections.flatMap((s) => s.items.map((i) => i.html))].join("\n");
        expect(findActiveHtml(html), name).toEqual([]);
        // Feeds: the items with their citation links, and the sources list with names, URLs and domains.
        const feedHtml = formatBriefingHtml(briefing!, "https://daybook.example/russia-ukraine/2024-01-07");
        expect(findActiveHtml(feedHtml), name).toEqual([]);
        expect(feedHtml, name).not.toContain("[^");
        // Front-matter text reaches pages through React (escaped) and JSON-LD (serialized), cited sources included:
        const article = buildNewsArticle(russiaUkraine, briefing!, briefing!.title ?? "");
        const jsonLd = serializeJsonLd(article);
        expect(jsonLd, name).not.toMatch(/[<>]/);
        expect(JSON.parse(jsonLd), name).toEqual(article);
      }
      // Defence in depth: the renderer alone, as if the checker had been bypassed, outputs nothing active.
      expect(findActiveHtml(renderBlocks(markdown.parse(body, {}))), name).toEqual([]);
    }
  });

  it("every payload as a conflict's name, summary and about text is rejected with its position, or rendered inert", () => {
    for (const { name, text, codes } of CONFLICT_CASES) {
      const { conflict, issues } = parseConflict("c/_conflict.md", "c", text);
      const errors = issues.filter(isError);
      if (errors.length > 0) {
        outcome.rejected++;
        expectRejectedForThePayload(name, errors, codes);
      } else {
        outcome.inert++;
        expect(findActiveHtml(conflict!.aboutHtml ?? ""), name).toEqual([]);
        const jsonLd = serializeJsonLd({ name: conflict!.name, description: conflict!.summary ?? "" });
        expect(jsonLd, name).not.toMatch(/[<>]/);
        expect(JSON.parse(jsonLd).name, name).toBe(conflict!.name);
      }
    }
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
