import { describe, expect, it } from "vitest";
import type { Briefing } from "@/lib/content";
import { computeTags, dedupeTags, formatTagSlug } from "@/lib/tags";
import { makeBriefing } from "../helpers";

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
    const tags = computeTags(
      [briefing("2024-01-03", ["Kyiv", "Kharkiv"]), briefing("2024-01-02", ["kyiv"]), briefing("2024-01-01", ["Kyiv"])],
      (b) => b.places,
    );
    expect(tags.map((t) => [t.slug, t.name, t.items.map((b) => b.date)])).toEqual([
      ["kyiv", "Kyiv", ["2024-01-03", "2024-01-02", "2024-01-01"]],
      ["kharkiv", "Kharkiv", ["2024-01-03"]],
    ]);
  });

  it("drops repeated tags within one briefing", () => {
    expect(dedupeTags(["Kyiv", "kyiv", "Kyïv", "Lviv"])).toEqual(["Kyiv", "Lviv"]);
  });
});
