import { describe, expect, it } from "vitest";
import type { DayFigure } from "@/lib/content";
import { formatBriefingHtml } from "@/lib/publish/feed-html";
import { buildNewsArticle, serializeJsonLd } from "@/lib/publish/json-ld";
import { parseDay, russiaUkraine } from "../helpers";

const TEXT = `---
summary: The UN's count rose.
sources:
  - id: un
    name: UN & partners
    url: https://ukraine.un.org/en/
  - id: unhcr
    name: UNHCR
    url: https://data.unhcr.org/en/situations/ukraine
figures:
  - key: civilians-killed
    value: 10200
    as_of: 2024-01-05
    source: un
    note: Verified <deaths> only.
  - key: refugees-recorded
    value: 6300000
    source: unhcr
corrections:
  - date: 2024-01-09
    text: An earlier version gave 10,100.
    figure: civilians-killed
---
## Battlefield
- The UN updated its count.[^un]
`;
const PAGE = "https://daybook.example/russia-ukraine/2024-01-07";
const { briefing } = parseDay("c/2024-01-07.md", "2024-01-07.md", TEXT, russiaUkraine, { today: "2026-11-29" });

describe("figures in feeds", () => {
  it("list each figure with its value, unit, as-of date, change, correction, numbered source and note, escaped", () => {
    const [killed, refugees] = briefing!.figures;
    const figures: DayFigure[] = [{ ...killed!, previous: { date: "2023-12-18", asOf: "2023-12-18", value: 10_000 } }, refugees!];
    const html = formatBriefingHtml(briefing!, PAGE, figures);
    expect(html).toContain(
      `<h2>Key figures</h2>\n<ul><li>Civilians killed (UN-verified): <strong>10,200</strong> people (as of 5 January; +200 since 18 December 2023; corrected)` +
        `<sup><a href="${PAGE}#source-1" aria-label="Source 1: UN &amp; partners">1</a></sup> Verified &lt;deaths&gt; only.</li>` +
        `<li>Refugees from Ukraine recorded globally: <strong>6,300,000</strong> people<sup><a href="${PAGE}#source-2" aria-label="Source 2: UNHCR">2</a></sup></li></ul>`,
    );
    // Sources cited only by a figure are in the feed's numbered list too.
    expect(html).toContain('<li><a href="https://data.unhcr.org/en/situations/ukraine">UNHCR</a> (data.unhcr.org)</li>');
  });

  it("without the feed view's figures, show the briefing's own, with no change", () => {
    expect(formatBriefingHtml(briefing!, PAGE)).toContain("people (as of 5 January; corrected)");
  });

  it("leave a day without figures as it was", () => {
    const plain = parseDay(
      "c/2024-01-07.md",
      "2024-01-07.md",
      "---\nsummary: s\n---\n## Battlefield\n- An item.\n",
      russiaUkraine,
    ).briefing!;
    expect(formatBriefingHtml(plain, PAGE)).not.toContain("Key figures");
  });
});

describe("figures in JSON-LD", () => {
  it("are Observations the article mentions: label, value, unit, date, what they are about, where on the page", () => {
    const article = buildNewsArticle(russiaUkraine, briefing!, "A headline");
    expect(article.mentions).toEqual([
      {
        "@type": "Observation",
        name: "Civilians killed (UN-verified)",
        value: 10_200,
        unitText: "people",
        observationDate: "2024-01-05",
        observationAbout: { "@type": "Thing", name: "Russia–Ukraine war" },
        url: "http://localhost:3000/russia-ukraine/2024-01-07#figure-civilians-killed",
      },
      {
        "@type": "Observation",
        name: "Refugees from Ukraine recorded globally",
        value: 6_300_000,
        unitText: "people",
        observationDate: "2024-01-07",
        observationAbout: { "@type": "Thing", name: "Russia–Ukraine war" },
        url: "http://localhost:3000/russia-ukraine/2024-01-07#figure-refugees-recorded",
      },
    ]);
    // The figures' sources are cited like the items', the figure-only one included.
    expect((article.citation as { name: string }[]).map((c) => c.name)).toEqual(["UN & partners", "UNHCR"]);
    expect(JSON.parse(serializeJsonLd(article))).toEqual(article);
    const plain = parseDay(
      "c/2024-01-07.md",
      "2024-01-07.md",
      "---\nsummary: s\n---\n## Battlefield\n- An item.\n",
      russiaUkraine,
    ).briefing!;
    expect(buildNewsArticle(russiaUkraine, plain, "h")).not.toHaveProperty("mentions");
  });
});
