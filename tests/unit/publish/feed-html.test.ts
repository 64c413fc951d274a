import { describe, expect, it } from "vitest";
import { formatBriefingHtml } from "@/lib/publish/feed-html";
import { parseDay, russiaUkraine } from "../helpers";

const TEXT = `---
summary: A summary.
sources:
  - id: reuters
    name: Reuters & Co
    url: https://www.reuters.com/world/?a=1&b=2
  - id: ministry
    name: Defence ministry
  - name: Uncited
---
The lede.[^ministry]

## Battlefield
- A fact.[^reuters][^ministry]
`;

describe("feed HTML", () => {
  const { briefing } = parseDay("c/2024-01-07.md", "2024-01-07.md", TEXT, russiaUkraine, { today: "2026-11-29" });
  const html = formatBriefingHtml(briefing!, "https://daybook.example/russia-ukraine/2024-01-07");

  it("carries each citation as a numbered link to the source on the day's page", () => {
    expect(html).toContain(
      '<li>A fact.<sup><a href="https://daybook.example/russia-ukraine/2024-01-07#source-2" aria-label="Source 2: Reuters &amp; Co">2</a></sup>' +
        '<sup aria-hidden="true">,</sup><sup><a href="https://daybook.example/russia-ukraine/2024-01-07#source-1" aria-label="Source 1: Defence ministry">1</a></sup></li>',
    );
    expect(html).toContain('<p id="lede-1">The lede.<sup><a href="https://daybook.example/russia-ukraine/2024-01-07#source-1"');
  });

  it("lists the sources in the same numbered order, each name linking to its report, with its domain", () => {
    expect(html).toContain(
      '<h2>Sources</h2>\n<ol><li>Defence ministry</li><li><a href="https://www.reuters.com/world/?a=1&amp;b=2">Reuters &amp; Co</a> (reuters.com)</li><li>Uncited</li></ol>',
    );
  });

  it("holds no marker text", () => {
    expect(html).not.toContain("[^");
  });
});
