import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/html";
import type { Briefing, Conflict } from "@/lib/content";
import { buildSearchIndex, searchBriefings, type SearchQuery } from "@/lib/search/search-index";
import type { SectionKey } from "@/lib/sections";
import { makeBriefing, russiaUkraine } from "../helpers";

const israelGaza: Conflict = { slug: "israel-gaza", name: "Israel–Gaza war", start: "2023-10-07", license: "CC-BY-4.0" };
const conflicts = [russiaUkraine, israelGaza];

interface BriefingSpec {
  conflict?: string;
  date: string;
  day?: number;
  title?: string;
  summary?: string;
  sections?: Partial<Record<SectionKey, string[]>>;
}

/** A complete Briefing from the few fields a test cares about. */
function briefing(spec: BriefingSpec): Briefing {
  const sections = Object.entries(spec.sections ?? { weapons: ["Nothing to report."] }).map(([key, texts]) => ({
    key: key as SectionKey,
    heading: key,
    items: (texts ?? []).map((text, i) => ({ id: `${key}-${i + 1}`, html: escapeHtml(text), text, cites: [] })),
  }));
  return makeBriefing(spec.date, {
    conflict: spec.conflict ?? "russia-ukraine",
    day: spec.day ?? 1,
    title: spec.title,
    summary: spec.summary ?? "A quiet day.",
    sections,
  });
}

function search(briefings: Briefing[], query: string | SearchQuery) {
  const q = typeof query === "string" ? { q: query } : query;
  return searchBriefings(buildSearchIndex(conflicts, briefings), q);
}

/** Snippet text as a reader sees it, without the `<mark>` tags. */
function unmark(html: string): string {
  return html.replaceAll("<mark>", "").replaceAll("</mark>", "");
}

describe("searchBriefings: matching", () => {
  it("ignores case and diacritics, in the text and in the query", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Strikes on Zaporizhzhia and Kyïv."] } })];
    for (const q of ["zaporizhzhia", "ZAPORIZHZHIA", "Zapórízhzhíá", "Zapo\u0301rizhzhia", "kyiv", "KYÏV"]) {
      expect(search(briefings, q).total, q).toBe(1);
    }
    expect(search(briefings, "kyiv").results[0]!.snippetHtml).toContain("<mark>Kyïv</mark>");
  });

  it("splits words on punctuation", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Fighting at Kupiansk-Vuzlovyi."] } })];
    expect(search(briefings, "vuzlovyi").total).toBe(1);
  });

  it("forgives a typo: zaporizhia finds Zaporizhzhia", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Shelling in Zaporizhzhia oblast."] } })];
    const { results } = search(briefings, "zaporizhia");
    expect(results).toHaveLength(1);
    expect(results[0]!.snippetHtml).toContain("<mark>Zaporizhzhia</mark>");
  });

  it("does not fuzz short words", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["The war went on."] } })];
    expect(search(briefings, "was").total).toBe(0);
  });

  it("matches the last word as a prefix, for search-as-you-type", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { weapons: ["Delivery of Leopard tanks."] } })];
    expect(search(briefings, "leopard ta").total).toBe(1);
  });

  it("requires every word, and falls back to any word when none has them all", () => {
    const briefings = [
      briefing({ date: "2024-01-07", sections: { battlefield: ["Kharkiv drone attack.", "Kharkiv shelling.", "A drone factory."] } }),
    ];
    const all = search(briefings, "kharkiv drone");
    expect(all.results.map((r) => unmark(r.snippetHtml))).toEqual(["Kharkiv drone attack."]);

    const any = search(briefings, "kharkiv submarine");
    expect(any.results.map((r) => unmark(r.snippetHtml)).sort()).toEqual(["Kharkiv drone attack.", "Kharkiv shelling."]);
  });

  it("returns nothing for an empty or blank query", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Anything."] } })];
    expect(search(briefings, "")).toEqual({ total: 0, results: [] });
    expect(search(briefings, "   \t\n")).toEqual({ total: 0, results: [] });
  });
});

describe("searchBriefings: ranking", () => {
  it("ranks an exact match above a fuzzy one, even when the fuzzy one is newer", () => {
    const briefings = [
      briefing({ date: "2024-01-07", sections: { battlefield: ["Assault near Kupiansk overnight."] } }),
      briefing({ date: "2024-01-08", sections: { battlefield: ["Assault near Kupyansk overnight."] } }),
    ];
    const { results } = search(briefings, "kupiansk");
    expect(results.map((r) => r.date)).toEqual(["2024-01-07", "2024-01-08"]);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it("finds words of the title and summary in a summary result", () => {
    const briefings = [
      briefing({
        date: "2024-01-07",
        title: "Counteroffensive stalls",
        summary: "Little movement along the front.",
        sections: { battlefield: ["Shelling continued."] },
      }),
    ];
    for (const q of ["counteroffensive", "movement"]) {
      const { results } = search(briefings, q);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ section: "summary", sectionHeading: "Summary", href: "/russia-ukraine/2024-01-07" });
    }
  });

  it("ranks the summary above an equal section item, even when the item is newer", () => {
    const briefings = [
      briefing({ date: "2024-01-07", summary: "Avdiivka encircled on three sides." }),
      briefing({ date: "2024-01-08", sections: { battlefield: ["Avdiivka encircled on three sides."] } }),
    ];
    const { results } = search(briefings, "avdiivka");
    expect(results.map((r) => [r.date, r.section])).toEqual([
      ["2024-01-07", "summary"],
      ["2024-01-08", "battlefield"],
    ]);
  });

  it("puts the newer briefing first when scores tie", () => {
    const item = { battlefield: ["Fighting near Robotyne."] };
    const briefings = ["2024-01-08", "2024-01-10", "2024-01-09"].map((date) => briefing({ date, sections: item }));
    const { results } = search(briefings, "robotyne");
    expect(new Set(results.map((r) => r.score)).size).toBe(1);
    expect(results.map((r) => r.date)).toEqual(["2024-01-10", "2024-01-09", "2024-01-08"]);
  });
});

describe("searchBriefings: results", () => {
  it("links to the day's section and carries the conflict, date and day", () => {
    const briefings = [briefing({ date: "2024-01-07", day: 683, sections: { "politics-and-diplomacy": ["Talks in Geneva."] } })];
    expect(search(briefings, "geneva").results).toEqual([
      expect.objectContaining({
        conflict: "russia-ukraine",
        conflictName: "Russia–Ukraine war",
        date: "2024-01-07",
        day: 683,
        section: "politics-and-diplomacy",
        sectionHeading: "Politics and diplomacy",
        href: "/russia-ukraine/2024-01-07#politics-and-diplomacy",
      }),
    ]);
  });

  it("returns at most `limit` results (50 by default) and counts them all in `total`", () => {
    const items = Array.from({ length: 60 }, (_, i) => `Strike number ${i} on Odesa.`);
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: items } })];
    expect(search(briefings, "odesa")).toMatchObject({ total: 60, results: expect.any(Array) });
    expect(search(briefings, "odesa").results).toHaveLength(50);
    const limited = search(briefings, { q: "odesa", limit: 5 });
    expect(limited.total).toBe(60);
    expect(limited.results).toHaveLength(5);
  });
});

describe("searchBriefings: filters", () => {
  const briefings = [
    briefing({ date: "2024-01-01", sections: { battlefield: ["Ceasefire talk 1."] } }),
    briefing({ date: "2024-01-02", sections: { battlefield: ["Ceasefire talk 2."] } }),
    briefing({ date: "2024-01-03", sections: { "politics-and-diplomacy": ["Ceasefire talk 3."] } }),
    briefing({ date: "2024-01-04", sections: { battlefield: ["Ceasefire talk 4."] } }),
    briefing({ conflict: "israel-gaza", date: "2024-01-03", sections: { battlefield: ["Ceasefire talk 5."] } }),
  ];

  it("filters by conflict", () => {
    const { results } = search(briefings, { q: "ceasefire", conflict: "israel-gaza" });
    expect(results.map((r) => [r.conflict, r.conflictName])).toEqual([["israel-gaza", "Israel–Gaza war"]]);
  });

  it("filters by section", () => {
    const { results } = search(briefings, { q: "ceasefire", section: "politics-and-diplomacy" });
    expect(results.map((r) => r.date)).toEqual(["2024-01-03"]);
  });

  it("filters by a date range that includes both ends", () => {
    const { results } = search(briefings, { q: "ceasefire", conflict: "russia-ukraine", from: "2024-01-02", to: "2024-01-03" });
    expect(results.map((r) => r.date)).toEqual(["2024-01-03", "2024-01-02"]);
    expect(search(briefings, { q: "ceasefire", from: "2024-01-04" }).results.map((r) => r.date)).toEqual(["2024-01-04"]);
    expect(search(briefings, { q: "ceasefire", to: "2024-01-01" }).results.map((r) => r.date)).toEqual(["2024-01-01"]);
  });

  it("applies the filters to the any-word fallback too", () => {
    const { results } = search(briefings, { q: "ceasefire nonexistentword", conflict: "israel-gaza" });
    expect(results.map((r) => r.conflict)).toEqual(["israel-gaza"]);
  });
});

describe("searchBriefings: snippets", () => {
  it("marks every matched word and keeps the rest as written", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Zaporizhzhia plant: ZAPORIZHZHIA grid cut."] } })];
    expect(search(briefings, "zaporizhzhia").results[0]!.snippetHtml).toBe(
      "<mark>Zaporizhzhia</mark> plant: <mark>ZAPORIZHZHIA</mark> grid cut.",
    );
  });

  it("escapes the item's text, so only <mark> is markup", () => {
    const text = 'Tags like <b>bold</b> & "quotes" near Avdiivka.';
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: [text] } })];
    const snippet = search(briefings, "avdiivka").results[0]!.snippetHtml;
    expect(snippet).toBe("Tags like &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot; near <mark>Avdiivka</mark>.");
  });

  it("does not match inside the entities escaping creates", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Bread & water for Mariupol."] } })];
    expect(search(briefings, "amp").total).toBe(0);
    expect(search(briefings, "mariupol").results[0]!.snippetHtml).toBe("Bread &amp; water for <mark>Mariupol</mark>.");
  });

  it("cuts long text to a window around the first match, with … and only at word boundaries", () => {
    const filler = (word: string) => Array.from({ length: 40 }, (_, i) => `${word}${i}`).join(" ");
    const text = `${filler("before")} the Bakhmut salient ${filler("after")}`;
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: [text] } })];
    const snippet = search(briefings, "bakhmut").results[0]!.snippetHtml;

    expect(snippet).toMatch(/^….*<mark>Bakhmut<\/mark>.*…$/);
    const visible = unmark(snippet).slice(1, -1);
    expect(visible.length).toBeLessThanOrEqual(160);
    expect(visible.length).toBeGreaterThan(100);
    const at = text.indexOf(visible);
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe(" ");
    expect(text[at + visible.length]).toBe(" ");
    // The match sits near the start, with some context before it.
    expect(visible.indexOf("Bakhmut")).toBeGreaterThan(0);
    expect(visible.indexOf("Bakhmut")).toBeLessThan(80);
  });

  it("does not add … to text that fits", () => {
    const briefings = [briefing({ date: "2024-01-07", sections: { battlefield: ["Short item about Bakhmut."] } })];
    expect(search(briefings, "bakhmut").results[0]!.snippetHtml).toBe("Short item about <mark>Bakhmut</mark>.");
  });
});
