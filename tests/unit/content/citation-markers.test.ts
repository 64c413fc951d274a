import { describe, expect, it } from "vitest";
import { isError } from "@/lib/content/issues";
import { buildSearchIndex, searchBriefings } from "@/lib/search/search-index";
import { parseDay, russiaUkraine } from "../helpers";

const SOURCES = [
  "sources:",
  "  - id: reuters",
  "    name: Reuters",
  "    url: https://www.reuters.com/world/europe/",
  "  - id: ap",
  "    name: Associated Press",
  "    url: https://apnews.com/",
].join("\n");

/** A day's file with the two sources above (front matter on lines 1–10, the body from line 11). */
const day = (body: string, front = "") => `---\nsummary: A summary.\n${front}${SOURCES}\n---\n${body}`;
const parse = (text: string) => parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
const positions = (text: string) => parse(text).issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

function parseValid(text: string) {
  const { briefing, issues } = parse(text);
  expect(issues.filter(isError)).toEqual([]);
  if (!briefing) throw new Error("expected a briefing");
  return briefing;
}

describe("citation markers at the end of an item", () => {
  it("are taken out of a list item's HTML and text, and its cited ids kept in order", () => {
    const [item] = parseValid(day("## Battlefield\n- Eleven people were killed.[^reuters][^ap]\n")).sections[0]!.items;
    expect(item!.cites).toEqual(["reuters", "ap"]);
    expect(item!.text).toBe("Eleven people were killed.");
    expect(item!.html).toBe(
      'Eleven people were killed.<sup><a href="#source-1" aria-label="Source 1: Reuters">1</a></sup>' +
        '<sup aria-hidden="true">,</sup><sup><a href="#source-2" aria-label="Source 2: Associated Press">2</a></sup>',
    );
  });

  it("work in a paragraph item, and in each lede paragraph", () => {
    const briefing = parseValid(day("The lede.[^ap]\n\nA second lede paragraph.\n\n## Weapons\nA paragraph item.[^reuters]\n"));
    expect(briefing.sections[0]!.items[0]).toMatchObject({ text: "A paragraph item.", cites: ["reuters"] });
    expect(briefing.ledeHtml).toBe(
      '<p id="lede-1">The lede.<sup><a href="#source-1" aria-label="Source 1: Associated Press">1</a></sup></p>\n<p>A second lede paragraph.</p>',
    );
  });

  it("may be spaced, stand on the next line, or repeat (each source is cited once)", () => {
    const body = "## Battlefield\n- Spaced. [^reuters] [^ap]\n- On the next line.\n  [^ap]\n- Repeated.[^ap][^reuters][^ap]\n";
    const items = parseValid(day(body)).sections[0]!.items;
    expect(items.map((i) => [i.text, i.cites])).toEqual([
      ["Spaced.", ["reuters", "ap"]],
      ["On the next line.", ["ap"]],
      ["Repeated.", ["ap", "reuters"]],
    ]);
    expect(items[1]!.html).toBe('On the next line.<sup><a href="#source-2" aria-label="Source 2: Associated Press">2</a></sup>');
  });

  it("end a multi-paragraph item or a nested list, where the link goes", () => {
    const body = "## Battlefield\n- First paragraph.\n\n  Second paragraph.[^reuters]\n- An item\n  - with a nested point[^ap]\n";
    const [two, nested] = parseValid(day(body)).sections[0]!.items;
    expect(two!.html).toBe('<p>First paragraph.</p>\n<p>Second paragraph.<sup><a href="#source-1" aria-label="Source 1: Reuters">1</a></sup></p>');
    expect(nested!.html).toContain('<li>with a nested point<sup><a href="#source-2" aria-label="Source 2: Associated Press">2</a></sup></li>');
    expect(nested!.cites).toEqual(["ap"]);
  });

  it("follow links and emphasis, which stay as they are", () => {
    const [item] = parseValid(day("## Battlefield\n- See [the report](https://example.org/r) and *this*[^reuters]\n")).sections[0]!.items;
    expect(item!.html).toBe('See <a href="https://example.org/r">the report</a> and <em>this</em><sup><a href="#source-1" aria-label="Source 1: Reuters">1</a></sup>');
  });

  it("read the same from a file with a BOM and CRLF line endings", () => {
    const text = day("## Battlefield\n- A fact.[^reuters]\n- Another, mid[^ap] item.\n");
    expect(positions(`\uFEFF${text.replace(/\n/g, "\r\n")}`)).toEqual(positions(text));
    expect(positions(text)).toContain("13:15 DB311 body");
  });

  it("leave no marker text in any item's text, the lede, or a search snippet", () => {
    const briefing = parseValid(day("Lede.[^ap]\n\n## Battlefield\n- Shelling hit Kherson.[^reuters]\n- Drones hit Odesa.[^ap][^reuters]\n"));
    const texts = briefing.sections.flatMap((s) => s.items.map((i) => i.text));
    expect(texts).toEqual(["Shelling hit Kherson.", "Drones hit Odesa."]);
    expect(JSON.stringify(briefing)).not.toContain("[^");
    const index = buildSearchIndex([russiaUkraine], [briefing]);
    const { results } = searchBriefings(index, { q: "odesa" });
    expect(results.map((r) => r.snippetHtml)).toEqual(["Drones hit <mark>Odesa</mark>."]);
  });
});

describe("citation markers anywhere else", () => {
  it("are errors at the marker: in the middle of an item, in link text or an image description, or before a later paragraph", () => {
    const body = [
      "## Battlefield", // line 11
      "- Eleven people[^reuters] were killed.",
      "- A [report[^ap]](https://example.org/r) said so.",
      "- An image ![map[^ap]](https://example.org/m.png) here.[^reuters]",
      "- First paragraph.[^ap]",
      "",
      "  Second paragraph.[^reuters]",
    ].join("\n");
    expect(positions(day(body))).toEqual(["12:16 DB311 body", "13:12 DB311 body", "14:17 DB311 body", "15:19 DB311 body"]);
    const [issue] = parse(day(body)).issues;
    expect(issue).toMatchObject({
      message: 'the marker "[^reuters]" is not at the end of its item',
      hint: 'move it to the very end of the item, e.g. "… were killed.[^reuters]": a marker cites the whole item; to show the text itself, write it as code, `[^reuters]`',
    });
  });

  it("are errors in the middle of a lede paragraph, said of the paragraph", () => {
    const { issues } = parse(day("A lede[^ap] in two halves.\n\n## Battlefield\n- A fact.[^reuters]\n"));
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`)).toEqual(['11:7 DB311 the marker "[^ap]" is not at the end of its paragraph']);
  });

  it("are errors in the title, the summary or a correction, at the value", () => {
    const front = 'title: "A headline[^ap]"\ncorrections:\n  - date: 2024-01-08\n    text: Fixed a figure.[^reuters]\n';
    const text = `---\nsummary: A summary.[^ap]\n${front}${SOURCES}\n---\n## Battlefield\n- A fact.[^reuters][^ap]\n`;
    expect(positions(text)).toEqual(["3:8 DB311 title", "2:10 DB311 summary", "6:11 DB311 corrections[0].text"]);
    expect(parse(text).issues[0]).toMatchObject({
      message: 'the marker "[^ap]" is in the front matter, where it cites nothing',
      hint: "cite in the body: put the marker at the end of the item the fact comes from, and remove it here",
    });
  });

  it("are literal text inside code, and not citations", () => {
    const [item] = parseValid(day("## Battlefield\n- Footnotes look like `[^this]`.[^ap]\n")).sections[0]!.items;
    expect(item!.html).toBe('Footnotes look like <code>[^this]</code>.<sup><a href="#source-1" aria-label="Source 1: Associated Press">1</a></sup>');
    expect(item!.cites).toEqual(["ap"]);
  });

  it("as a footnote definition, is an error at the definition (which makes the marker a link: nothing is cited)", () => {
    const body = "## Battlefield\n- A fact.[^reuters]\n\n  [^REUTERS]: https://www.reuters.com/\n";
    expect(positions(day(body))).toEqual(["14:3 DB312 body", "4:9 DB405 sources[0].id", "7:9 DB405 sources[1].id", "12:1 DB406 body"]);
    expect(parse(day(body)).issues[0]?.message).toBe('"[^REUTERS]: …" is a footnote definition, which briefings do not use');
  });
});

describe("long runs of markers (a 1 MiB file holds 250,000)", () => {
  it("are taken off the end of an item, or reported one by one, without overflowing", () => {
    const many = "[^reuters]".repeat(50_000);
    const [item] = parseValid(day(`## Battlefield\n- A fact.${many}[^ap]\n`)).sections[0]!.items;
    expect(item).toMatchObject({ text: "A fact.", cites: ["reuters", "ap"] });
    const { issues } = parse(day(`## Battlefield\n- A fact.${many} and more.[^ap]\n`));
    expect(issues.filter((i) => i.code === "DB311")).toHaveLength(50_000);
    expect(issues.slice(0, 2).map((i) => `${i.line}:${i.column}`)).toEqual(["12:10", "12:20"]);
  });
});
