import { describe, expect, it } from "vitest";
import { isError } from "@/lib/content/issues";
import { readFixture, russiaUkraine, parseDay } from "../helpers";

function parseValid(text: string, fileName = "2024-01-07.md") {
  const result = parseDay(`content/russia-ukraine/${fileName}`, fileName, text, russiaUkraine, { today: "2026-11-29" });
  expect(result.issues.filter(isError)).toEqual([]);
  if (!result.briefing) throw new Error("expected a briefing");
  return result.briefing;
}

describe("parseBriefing on valid files", () => {
  const full = readFixture("briefings/valid-full.md");

  it("reads every front-matter field", () => {
    const briefing = parseValid(full);
    expect(briefing).toMatchObject({
      conflict: "russia-ukraine",
      date: "2024-01-07",
      day: 683,
      title: 'A headline with "quotes" & an ampersand',
      summary: "Everything a briefing can hold, in one file.",
      updated: "2024-01-07T18:30:00+02:00",
      draft: false,
      sources: [{ name: "Reuters", url: "https://www.reuters.com/world/europe/" }, { name: "Ukrainian Air Force" }],
    });
  });

  it("puts sections in canonical order, whatever their order and alias in the file", () => {
    const briefing = parseValid(full);
    expect(briefing.sections.map((s) => s.key)).toEqual(["battlefield", "politics-and-diplomacy", "weapons"]);
    expect(briefing.sections.map((s) => s.heading)).toEqual(["Battlefield", "Politics and diplomacy", "Weapons"]);
  });

  it("keeps items in file order: list items and paragraphs, with nested lists inside their item", () => {
    const battlefield = parseValid(full).sections[0]!;
    expect(battlefield.items.map((i) => i.text)).toEqual([
      "Battlefield item one.",
      "Battlefield item two with a link. a nested point under item two",
      "A battlefield paragraph item that is not in a list.",
    ]);
    expect(battlefield.items[1]!.html).toContain('<a href="https://example.com/a" title="Title">link</a>');
    expect(battlefield.items[1]!.html).toContain("<li>a nested point under item two</li>");
  });

  it("renders inline Markdown: emphasis, autolinks and mailto links", () => {
    const briefing = parseValid(full);
    expect(briefing.sections[2]!.items[0]!.html).toBe("Weapons item one with <strong>bold</strong> text.");
    expect(briefing.sections[2]!.items[1]!.html).toContain('<a href="https://example.org/arms">https://example.org/arms</a>');
    expect(briefing.sections[1]!.items[0]!.html).toContain('<a href="mailto:press@example.org">press office</a>');
  });

  it("keeps the lede, with every paragraph", () => {
    const lede = parseValid(full).ledeHtml ?? "";
    expect(lede).toContain('<a href="/russia-ukraine">relative link</a>');
    expect(lede).toContain("<em>emphasis</em>");
    expect(lede).toContain("<p>Second lede paragraph.</p>");
  });

  it("reads a minimal file with one section under an alias", () => {
    const briefing = parseValid(readFixture("briefings/minimal.md"), "2022-02-24.md");
    expect(briefing.day).toBe(1);
    expect(briefing.sections).toEqual([{ key: "weapons", heading: "Weapons", items: [{ id: "weapons-1", html: "The only item.", text: "The only item.", cites: [] }] }]);
    expect(briefing.title).toBeUndefined();
    expect(briefing.ledeHtml).toBeUndefined();
  });

  it("reads the same file identically with a BOM and CRLF line endings", () => {
    const crlf = `\uFEFF${full.replace(/\n/g, "\r\n")}`;
    expect(parseValid(crlf)).toEqual(parseValid(full));
  });

  it("matches every heading alias case-insensitively", () => {
    const text = "---\nsummary: s\n---\n## ON THE BATTLEFIELD\n- a\n## politics & DIPLOMACY\n- b\n## military aid\n- c\n";
    expect(parseValid(text).sections.map((s) => s.key)).toEqual(["battlefield", "politics-and-diplomacy", "weapons"]);
  });

  it("escapes text that looks like markup in titles and items", () => {
    const briefing = parseValid('---\nsummary: "</script><script>alert(1)</script>"\n---\n## Battlefield\n- 5 < 6 & "quoted"\n');
    expect(briefing.summary).toBe("</script><script>alert(1)</script>");
    expect(briefing.sections[0]!.items[0]!.html).toBe("5 &lt; 6 &amp; &quot;quoted&quot;");
  });
});

describe("parseBriefing on broken files", () => {
  /** The problems of a file but the warning that its items cite no source (minimal.md cites nothing). */
  const issuesOf = (fileName: string, text = readFixture("briefings/minimal.md")) => {
    const result = parseDay(`content/russia-ukraine/${fileName}`, fileName, text, russiaUkraine, { today: "2026-11-29" });
    expect(result.briefing).toBeUndefined();
    return result.issues.filter((i) => i.name !== "uncited-item").map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);
  };

  it("rejects a file name that is not a real calendar date", () => {
    expect(issuesOf("2024-02-30.md")).toEqual(["1:1 DB202 file name"]);
  });

  it("rejects a file name that is not a date at all", () => {
    expect(issuesOf("latest.md")).toEqual(["1:1 DB201 file name"]);
  });

  it("rejects a file name with more than YYYY-MM-DD.md, and names the file to rename it to", () => {
    const { issues } = parseDay("c/2024-01-07 (1).md", "2024-01-07 (1).md", readFixture("briefings/minimal.md"), russiaUkraine);
    expect(issues.map((i) => i.code)).toEqual(["DB203", "DB406"]);
    expect(issues[0]?.hint).toMatch(/^rename it to 2024-01-07\.md;/);
  });

  it("rejects a date before the conflict's start, naming the start", () => {
    expect(issuesOf("2022-02-23.md")).toEqual(["1:1 DB205 file name"]);
    const { issues } = parseDay("c/2022-02-23.md", "2022-02-23.md", readFixture("briefings/minimal.md"), russiaUkraine);
    expect(issues[0]?.message).toBe("2022-02-23 is before day 1 of the Russia–Ukraine war, Thursday, 24 February 2022");
  });

  it("reports every problem of a file at once", () => {
    const text = "---\nsumary: x\ndraft: 3\n---\n## Economy\n- a\n## Weapons\n";
    expect(issuesOf("2024-02-30.md", text)).toEqual([
      "1:1 DB202 file name",
      "2:1 DB105 summary",
      "3:8 DB106 draft",
      "2:1 DB104 sumary",
      "5:1 DB305 heading",
      "7:1 DB307 body",
    ]);
  });
});
