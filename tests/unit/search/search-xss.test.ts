import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/html";
import { buildSearchIndex, searchBriefings } from "@/lib/search/search-index";
import { runSearch } from "@/lib/search/search-engine";
import { makeBriefing, russiaUkraine } from "../helpers";
import { ALL_PAYLOADS } from "../xss-helpers";

// Every payload as indexed text (an item, and a title) and as the query: a snippet's only markup is <mark>.
const dateOf = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
const briefings = ALL_PAYLOADS.map((payload, i) =>
  makeBriefing(dateOf(i), {
    title: payload,
    summary: "A summary.",
    sections: [
      {
        key: "battlefield",
        heading: "Battlefield",
        items: [{ id: "battlefield-1", html: escapeHtml(payload), text: `xsscorpus ${payload}`, cites: [] }],
      },
    ],
  }),
);
const index = buildSearchIndex([russiaUkraine], briefings);

function expectOnlyMarks(snippet: string, source: string): void {
  const unmarked = snippet.replaceAll("<mark>", "").replaceAll("</mark>", "");
  expect(unmarked, snippet).not.toMatch(/[<>"']/);
  const text = unmarked
    .replace(/^…|…$/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);
  expect(source).toContain(text);
}

describe(`search snippets over ${ALL_PAYLOADS.length} payloads`, () => {
  it("every payload as indexed text comes back escaped, with only <mark> as markup", () => {
    const { total, results } = searchBriefings(index, { q: "xsscorpus", limit: ALL_PAYLOADS.length });
    expect(total).toBe(ALL_PAYLOADS.length);
    for (const result of results)
      expectOnlyMarks(result.snippetHtml, `xsscorpus ${ALL_PAYLOADS[briefings.findIndex((b) => b.date === result.date)]}`);
  });

  it("every payload as the query is answered, or refused over budget, and marks only escaped words", () => {
    let answered = 0;
    for (const payload of ALL_PAYLOADS) {
      const answer = runSearch(index, { q: payload });
      if ("refused" in answer) {
        expect(["too-long", "too-many-words"], payload).toContain(answer.refused);
        continue;
      }
      answered++;
      for (const result of answer.results) {
        const briefing = briefings.find((b) => b.date === result.date)!;
        expectOnlyMarks(
          result.snippetHtml,
          result.section === "summary" ? `${briefing.title} — ${briefing.summary}` : briefing.sections[0]!.items[0]!.text,
        );
      }
    }
    expect(answered).toBeGreaterThan(ALL_PAYLOADS.length / 2);
  });
});
