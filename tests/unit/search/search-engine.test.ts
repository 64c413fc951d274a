import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import MiniSearch from "minisearch";
import { afterAll, describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/html";
import { loadContent } from "@/lib/content";
import { SEARCH_BUDGET, checkSearchBudget } from "@/lib/search/search-budget";
import { runSearch } from "@/lib/search/search-engine";
import { buildSearchIndex, searchBriefings } from "@/lib/search/search-index";
import { normalizeTerm, tokenize } from "@/lib/search/search-text";
import { writeCorpus } from "../../../scripts/bench/corpus";
import { makeBriefing, russiaUkraine } from "../helpers";

const item = (date: string, text: string) =>
  makeBriefing(date, {
    sections: [{ key: "battlefield", heading: "Battlefield", items: [{ id: "battlefield-1", html: escapeHtml(text), text, cites: [] }] }],
  });

describe("the query budget", () => {
  it("refuses a query over the length or word limit, and nothing else", () => {
    expect(checkSearchBudget("x".repeat(SEARCH_BUDGET.maxLength))).toBeUndefined();
    expect(checkSearchBudget("x".repeat(SEARCH_BUDGET.maxLength + 1))).toBe("too-long");
    expect(checkSearchBudget(Array.from({ length: SEARCH_BUDGET.maxWords }, (_, i) => `w${i}`).join(" "))).toBeUndefined();
    expect(checkSearchBudget(Array.from({ length: SEARCH_BUDGET.maxWords + 1 }, (_, i) => `w${i}`).join(" "))).toBe("too-many-words");
    // Punctuation is not words; accents and case do not count twice.
    expect(checkSearchBudget("!!! ??? ... Kyïv")).toBeUndefined();
  });

  it("the engine refuses the same queries itself", () => {
    const index = buildSearchIndex([russiaUkraine], [item("2024-01-07", "Shelling in Kharkiv.")]);
    expect(runSearch(index, { q: "kharkiv ".repeat(30) })).toEqual({ refused: "too-long" });
    expect(runSearch(index, { q: "a b c d e f g h i j k" })).toEqual({ refused: "too-many-words" });
  });

  it("gives up past its deadline with a refusal, and leaves the index ready for the next query", () => {
    const briefings = Array.from({ length: 200 }, (_, i) =>
      item(`2024-01-${String((i % 28) + 1).padStart(2, "0")}`, `Shelling near the river ${i}.`),
    );
    const index = buildSearchIndex([russiaUkraine], briefings);
    expect(runSearch(index, { q: "shelling river" }, performance.now() - 1)).toEqual({ refused: "too-slow" });
    expect(runSearch(index, { q: "shelling river" })).toMatchObject({ total: 200 });
    // No score is left over from the refused query: the same as a fresh index.
    expect(runSearch(index, { q: "river" })).toEqual(runSearch(buildSearchIndex([russiaUkraine], briefings), { q: "river" }));
  });

  it("matches prefixes only from 3 letters, and typos only in words of 4 to 30 letters", () => {
    const index = buildSearchIndex([russiaUkraine], [item("2024-01-07", "Leopard tanks reached Avdiivka.")]);
    expect(searchBriefings(index, { q: "tan" }).total).toBe(1); // prefix of "tanks"
    expect(searchBriefings(index, { q: "ta" }).total).toBe(0); // too short to be selective
    expect(searchBriefings(index, { q: "leopard tan" }).results[0]!.snippetHtml).toContain("<mark>tanks</mark>");
    expect(searchBriefings(index, { q: "avdivka" }).total).toBe(1); // one letter off
    const long = buildSearchIndex([russiaUkraine], [item("2024-01-07", `A ${"x".repeat(40)} word.`)]);
    expect(searchBriefings(long, { q: "x".repeat(39) + "y" }).total).toBe(0); // no typo matching past 30 letters
  });
});

describe("ranking: the same results as MiniSearch over the same documents", () => {
  // The bench's synthetic corpus (300 days, a small vocabulary, so common words match most items).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-search-parity-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeCorpus(dir, 300);
  const content = loadContent(dir);
  const briefings = content.briefings.get("russia-ukraine")!;
  const index = buildSearchIndex(content.conflicts, briefings);
  // The representation the index replaced, with the options search used.
  const docs = briefings.flatMap((b) => [
    { date: b.date, text: b.title ? `${b.title} — ${b.summary}` : b.summary, summary: true },
    ...b.sections.flatMap((s) => s.items.map((i) => ({ date: b.date, text: i.text, summary: false }))),
  ]);
  const reference = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], tokenize, processTerm: normalizeTerm });
  reference.addAll(docs.map((d, id) => ({ id, text: d.text })));

  it.each([
    "zaporizhzhia",
    "zaporizhia",
    "air defence",
    "artillery shells kherson",
    "drones",
    "forc",
    "kupiansk front",
    "the 123456",
    "qwxzv",
  ])("%s", (q) => {
    const options = {
      fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
      prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= SEARCH_BUDGET.prefixMinLength,
      boostDocument: (id: number) => (docs[id]!.summary ? 1.3 : 1),
    };
    let expected = reference.search(q, { ...options, combineWith: "AND" });
    if (expected.length === 0) expected = reference.search(q, { ...options, combineWith: "OR" });
    expected.sort((a, b) => b.score - a.score || docs[b.id]!.date.localeCompare(docs[a.id]!.date) || a.id - b.id);
    const actual = searchBriefings(index, { q, limit: 100 });
    expect(actual.total).toBe(expected.length);
    const top = expected.slice(0, 100);
    expect(actual.results.map((r) => r.score)).toEqual(top.map((r) => expect.closeTo(r.score, 9)));
    expect(actual.results.map((r) => r.date)).toEqual(top.map((r) => docs[r.id]!.date));
  });
});
