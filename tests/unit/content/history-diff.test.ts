import { describe, expect, it } from "vitest";
import { computePublishedText, computeRevisionDiff } from "@/lib/content/history-diff";
import { computeReaderText, type ReaderText } from "@/lib/content/reader-text";
import { makeBriefing } from "../helpers";

const base: ReaderText = {
  title: "Missiles strike Pokrovsk",
  summary: "At least 11 people were killed.",
  sections: [{ key: "battlefield", heading: "Battlefield", items: ["Item alpha.", "Item bravo.", "Item charlie."] }],
  sources: ["Reuters"],
  corrections: [],
  places: ["Pokrovsk"],
  topics: [],
};

/** Each entry as "group/label/change: words", changed words marked -removed- and +added+. */
function summarize(before: ReaderText, after: ReaderText): string[] {
  return computeRevisionDiff(before, after).flatMap((group) =>
    group.entries.map(
      (entry) =>
        `${group.key}/${entry.label}/${entry.change}: ${entry.parts
          .filter((p) => p.change)
          .map((p) => (p.change === "added" ? `+${p.text.trim()}+` : `-${p.text.trim()}-`))
          .join(" ")}`,
    ),
  );
}

describe("computeRevisionDiff", () => {
  it("finds nothing between identical texts", () => {
    expect(computeRevisionDiff(base, structuredClone(base))).toEqual([]);
  });

  it("marks the changed words of a field, and keeps the unchanged words around them", () => {
    const groups = computeRevisionDiff(base, { ...base, summary: "At least 14 people were killed." });
    expect(groups).toEqual([
      {
        key: "summary",
        heading: "Summary",
        entries: [
          {
            label: "",
            change: "changed",
            parts: [{ text: "At least " }, { text: "11", change: "removed" }, { text: "14", change: "added" }, { text: " people were killed." }],
          },
        ],
      },
    ]);
  });

  it("an item added at the top is one added item: the items below it are not changed", () => {
    const after = { ...base, sections: [{ ...base.sections[0]!, items: ["Item zero.", ...base.sections[0]!.items] }] };
    expect(summarize(base, after)).toEqual(["battlefield/Item 1/added: +Item zero.+"]);
  });

  it("a removed item is labelled with its old position; a rewritten item is compared word by word", () => {
    const after = { ...base, sections: [{ ...base.sections[0]!, items: ["Item alpha.", "Item charlie, updated."] }] };
    expect(summarize(base, after)).toEqual(["battlefield/Item 2/removed: -Item bravo.-", "battlefield/Item 2/changed: +, updated+"]);
  });

  it("an item replaced by an unrelated one is one removed and one added, not a rewrite", () => {
    const after = { ...base, sections: [{ ...base.sections[0]!, items: ["Item alpha.", "Talks resumed in Geneva.", "Item charlie."] }] };
    expect(summarize(base, after)).toEqual(["battlefield/Item 2/removed: -Item bravo.-", "battlefield/Item 2/added: +Talks resumed in Geneva.+"]);
  });

  it("a section added or removed lists all its items, in the sections' fixed order", () => {
    const after: ReaderText = {
      ...base,
      sections: [
        { key: "politics-and-diplomacy", heading: "Politics and diplomacy", items: ["Talks resumed."] },
        { key: "weapons", heading: "Weapons", items: ["Jets arrived."] },
      ],
    };
    expect(summarize(base, after)).toEqual([
      "battlefield/Item 1/removed: -Item alpha.-",
      "battlefield/Item 2/removed: -Item bravo.-",
      "battlefield/Item 3/removed: -Item charlie.-",
      "politics-and-diplomacy/Item 1/added: +Talks resumed.+",
      "weapons/Item 1/added: +Jets arrived.+",
    ]);
  });

  it("covers what readers see in the front matter: headline added or removed, sources, corrections, places and topics", () => {
    const after: ReaderText = {
      ...base,
      title: undefined,
      lede: "A new introduction.",
      sources: ["Reuters (https://example.org/r)", "AFP"],
      corrections: ["Friday, 3 May 2024: The toll was wrong."],
      places: ["Pokrovsk", "Myrnohrad"],
      topics: ["missile strikes"],
    };
    expect(summarize(base, after)).toEqual([
      "headline//removed: -Missiles strike Pokrovsk-",
      "lede//added: +A new introduction.+",
      "sources/Source 1/changed: +(https://example.org/r)+",
      "sources/Source 2/added: +AFP+",
      "corrections/Correction 1/added: +Friday, 3 May 2024: The toll was wrong.+",
      "places/Place 2/added: +Myrnohrad+",
      "topics/Topic 1/added: +missile strikes+",
    ]);
  });
});

describe("computeReaderText and computePublishedText", () => {
  it("read a briefing as readers see it: the lede's text, sources with their URLs, corrections dated as on the page", () => {
    const text = computeReaderText(
      makeBriefing("2024-05-01", {
        ledeHtml: "<p>Fighting &amp; <em>talks</em>.</p>\n<p>Second &lt;paragraph&gt;.</p>",
        sources: [
          { name: "AFP", url: "https://example.org/afp", number: 1, anchor: "source-1", citedBy: [] },
          { name: "Reuters", number: 2, anchor: "source-2", citedBy: [] },
        ],
        corrections: [
          { date: "2024-05-03", text: "Fixed a name." },
          { date: "2024-05-04T10:30:00Z", text: "Fixed a toll." },
        ],
      }),
    );
    expect(text.lede).toBe("Fighting & talks. Second <paragraph>.");
    expect(text.sources).toEqual(["AFP (https://example.org/afp)", "Reuters"]);
    expect(text.corrections).toEqual(["Friday, 3 May 2024: Fixed a name.", "4 May 2024, 10:30 UTC: Fixed a toll."]);
  });

  it("a first revision's text is every part, unchanged, labelled like a diff", () => {
    const groups = computePublishedText(base);
    expect(groups.map((g) => [g.key, g.entries.map((e) => `${e.label}|${e.change}|${e.parts.map((p) => p.text).join("")}`)])).toEqual([
      ["headline", ["|same|Missiles strike Pokrovsk"]],
      ["summary", ["|same|At least 11 people were killed."]],
      ["battlefield", ["Item 1|same|Item alpha.", "Item 2|same|Item bravo.", "Item 3|same|Item charlie."]],
      ["sources", ["Source 1|same|Reuters"]],
      ["places", ["Place 1|same|Pokrovsk"]],
    ]);
  });
});
