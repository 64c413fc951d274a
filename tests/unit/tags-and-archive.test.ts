import { describe, expect, it } from "vitest";
import { computeArchiveMonths, computeMonthCalendar, parseArchiveMonth } from "@/lib/content/archive";
import { formatIssue } from "@/lib/content/issues";
import type { Briefing } from "@/lib/content";
import { computePage, parsePageNumber } from "@/lib/pagination";
import { computeTags, dedupeTags, formatTagSlug } from "@/lib/tags";
import { makeBriefing, russiaUkraine, parseDay } from "./helpers";

function briefing(date: string, places: string[] = []): Briefing {
  return makeBriefing(date, { places });
}

describe("formatTagSlug", () => {
  it.each([
    ["Pokrovsk", "pokrovsk"],
    ["Donetsk region", "donetsk-region"],
    ["Kyïv", "kyiv"],
    ["Zaporizhzhia Nuclear Power Plant", "zaporizhzhia-nuclear-power-plant"],
    ["  US–Mexico border! ", "us-mexico-border"],
    ["Saky (Crimea)", "saky-crimea"],
    ["Київ", "киів"],
    ["!!!", ""],
  ])("%s → %s", (name, slug) => {
    expect(formatTagSlug(name)).toBe(slug);
  });
});

describe("computeTags", () => {
  it("counts days per tag, merges spellings under the most used one, most used first", () => {
    const tags = computeTags([briefing("2024-01-03", ["Kyiv", "Kharkiv"]), briefing("2024-01-02", ["kyiv"]), briefing("2024-01-01", ["Kyiv"])], (b) => b.places);
    expect(tags.map((t) => [t.slug, t.name, t.items.map((b) => b.date)])).toEqual([
      ["kyiv", "Kyiv", ["2024-01-03", "2024-01-02", "2024-01-01"]],
      ["kharkiv", "Kharkiv", ["2024-01-03"]],
    ]);
  });

  it("drops repeated tags within one briefing", () => {
    expect(dedupeTags(["Kyiv", "kyiv", "Kyïv", "Lviv"])).toEqual(["Kyiv", "Lviv"]);
  });
});

describe("places and topics in front matter", () => {
  const parse = (front: string) =>
    parseDay("f/2024-01-07.md", "2024-01-07.md", `---\nsummary: s\n${front}\n---\n## Battlefield\n- a\n`, russiaUkraine);

  it("accepts lists of names in either YAML style", () => {
    const { briefing: parsed } = parse("places: [Kyiv, Kharkiv]\ntopics:\n  - missile strikes");
    expect(parsed?.places).toEqual(["Kyiv", "Kharkiv"]);
    expect(parsed?.topics).toEqual(["missile strikes"]);
  });

  it.each([
    ["places: Kyiv", "f/2024-01-07.md:3:9: places: must be a list, not string \"Kyiv\". Fix: list place names, e.g. places: [Pokrovsk, Crimea] or one \"- Pokrovsk\" per line"],
    ["places: [Kyiv, \"\"]", "f/2024-01-07.md:3:16: places[1]: must not be empty. Fix: list place names, e.g. places: [Pokrovsk, Crimea] or one \"- Pokrovsk\" per line"],
    ["topics:\n  - 42", "f/2024-01-07.md:4:5: topics[0]: must be a string, not number 42. Fix: list topics, e.g. topics: [missile strikes, prisoner exchanges] or one \"- …\" per line"],
    ["topics: [\"!!!\"]", "f/2024-01-07.md:3:10: topics[0]: must contain a letter or digit. Fix: list topics, e.g. topics: [missile strikes, prisoner exchanges] or one \"- …\" per line"],
  ])("rejects %j with its position", (front, line) => {
    expect(parse(front).issues.map((issue) => formatIssue(issue))).toEqual([line]);
  });
});

describe("archive", () => {
  it("lists every month from the start to the newest briefing, with counts", () => {
    const months = computeArchiveMonths("2023-11-15", [briefing("2024-01-07"), briefing("2024-01-06"), briefing("2023-11-20")]);
    expect(months.map((m) => [m.key, m.label, m.count])).toEqual([
      ["2023/11", "November 2023", 1],
      ["2023/12", "December 2023", 0],
      ["2024/01", "January 2024", 2],
    ]);
  });

  it("draws a month as Monday-first weeks with the briefings on their days", () => {
    const weeks = computeMonthCalendar(2024, 2, new Map([["2024-02-29", briefing("2024-02-29")]]));
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, null]); // 1 February 2024 was a Thursday
    expect(weeks[0]![3]).toEqual({ date: "2024-02-01", dayOfMonth: 1, briefing: undefined });
    expect(weeks[4]![3]?.date).toBe("2024-02-29");
    expect(weeks[4]![3]?.briefing?.date).toBe("2024-02-29");
    expect(weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it("parses only real month params", () => {
    expect(parseArchiveMonth("2024", "01")).toEqual({ year: 2024, month: 1 });
    for (const [y, m] of [["2024", "13"], ["2024", "1"], ["24", "01"], ["2024", "00"], ["abcd", "01"]]) expect(parseArchiveMonth(y!, m!)).toBeUndefined();
  });
});

describe("pagination", () => {
  it("numbers pages from 2 in addresses; 1, leading zeros and words are not page numbers", () => {
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("120")).toBe(120);
    for (const value of ["1", "0", "02", "-2", "2.5", "x", ""]) expect(parsePageNumber(value)).toBeUndefined();
  });

  it("splits a list into pages of 50 and refuses pages past the last", () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(computePage(items, 1)).toEqual({ items: items.slice(0, 50), page: 1, pages: 3 });
    expect(computePage(items, 3)).toEqual({ items: items.slice(100), page: 3, pages: 3 });
    expect(computePage(items, 4)).toBeUndefined();
    expect(computePage(items, 0)).toBeUndefined();
    expect(computePage([], 1)).toEqual({ items: [], page: 1, pages: 1 });
    expect(computePage(items.slice(0, 50), 2)).toBeUndefined();
  });
});
