import { describe, expect, it } from "vitest";
import { buildNewsArticle, serializeJsonLd } from "@/lib/publish/json-ld";
import { parseDay, russiaUkraine } from "../helpers";

const TEXT = `---
summary: A summary.
sources:
  - id: ap
    name: Associated Press
    url: https://apnews.com/article/x
  - id: ministry
    name: Defence ministry
  - id: reuters
    name: "Reuters </script>"
    url: https://www.reuters.com/world/
corrections:
  - date: 2024-01-09
    text: An earlier version gave the wrong toll.
  - date: 2024-01-08T09:30:00Z
    text: An earlier version misspelt a name.
---
## Battlefield
- A fact.[^reuters][^ministry]
- Another fact.[^ap]
`;

function parseBriefing(text: string) {
  const { briefing } = parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
  if (!briefing) throw new Error("expected a briefing");
  return briefing;
}

describe("NewsArticle JSON-LD", () => {
  const article = buildNewsArticle(russiaUkraine, parseBriefing(TEXT), "A headline");

  it("cites one CreativeWork per source with a URL, in the page's numbered order", () => {
    expect(article.citation).toEqual([
      {
        "@type": "CreativeWork",
        name: "Reuters </script>",
        url: "https://www.reuters.com/world/",
        publisher: { "@type": "Organization", name: "Reuters </script>" },
      },
      {
        "@type": "CreativeWork",
        name: "Associated Press",
        url: "https://apnews.com/article/x",
        publisher: { "@type": "Organization", name: "Associated Press" },
      },
    ]);
  });

  it("gives each correction as a CorrectionComment, oldest first, dated as written", () => {
    expect(article.correction).toEqual([
      { "@type": "CorrectionComment", text: "An earlier version misspelt a name.", datePublished: "2024-01-08T09:30:00Z" },
      { "@type": "CorrectionComment", text: "An earlier version gave the wrong toll.", datePublished: "2024-01-09" },
    ]);
  });

  it("serializes source names as data", () => {
    const json = serializeJsonLd(article);
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).citation[0].name).toBe("Reuters </script>");
  });

  it("has neither key when there is nothing to cite or correct", () => {
    const plain = buildNewsArticle(
      russiaUkraine,
      parseBriefing("---\nsummary: s\nsources:\n  - name: Reuters\n---\n## Battlefield\n- A fact.\n"),
      "A headline",
    );
    expect(plain).not.toHaveProperty("citation");
    expect(plain).not.toHaveProperty("correction");
  });
});
