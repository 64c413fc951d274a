import { describe, expect, it } from "vitest";
import { formatCodeFrame } from "@/lib/content/code-frame";
import { formatIssue, isError, sortIssues } from "@/lib/content/issues";
import { formatBriefingTemplate } from "@/lib/content/template";
import { russiaUkraine, parseDay } from "./helpers";

const parse = (text: string, fileName = "2024-01-07.md", today = "2026-11-29") =>
  parseDay(`c/${fileName}`, fileName, text, russiaUkraine, { today });

describe("content:new template", () => {
  const template = formatBriefingTemplate(russiaUkraine, "2024-01-08");

  it("names the day and reminds of the fields and every section alias", () => {
    expect(template).toContain("# Russia–Ukraine war, day 684: Monday, 8 January 2024.");
    for (const alias of ["Fighting", "On the battlefield", "Politics & diplomacy", "Diplomacy and politics", "Military aid", "Arms"]) expect(template).toContain(alias);
    expect(template.match(/^## /gm)).toHaveLength(3);
  });

  it("parses as YAML and Markdown, but fails the check until it is filled in", () => {
    const lines = sortIssues(parse(template, "2024-01-08.md").issues.filter(isError)).map((i) => formatIssue(i));
    expect(lines).toEqual([
      expect.stringMatching(/^c\/2024-01-08\.md:\d+:8: title: must not be empty/),
      expect.stringMatching(/^c\/2024-01-08\.md:\d+:10: summary: must not be empty/),
      expect.stringMatching(/body: an item is empty/),
      expect.stringMatching(/body: an item is empty/),
      expect.stringMatching(/body: an item is empty/),
    ]);
  });

  it("once filled in, is a valid draft", () => {
    const filled = template
      .replace('title: ""', "title: A headline")
      .replace('summary: ""', "summary: What happened.")
      .replace(/^- $/gm, "- Something happened.")
      .replace(/## Politics and diplomacy\n- Something happened./, "## Politics and diplomacy\n- Talks went on.")
      .replace(/## Weapons\n- Something happened./, "## Weapons\n- Aid arrived.");
    const { briefing, issues } = parse(filled, "2024-01-08.md");
    expect(issues).toEqual([]);
    expect(briefing).toMatchObject({ day: 684, draft: true, title: "A headline" });
  });
});

describe("warnings", () => {
  const base = (front: string, body = "## Battlefield\n- An item.\n") => `---\nsummary: A summary.\n${front}\n---\n${body}`;
  const warnings = (text: string, fileName?: string) => {
    const { briefing, issues } = parse(text, fileName);
    expect(issues.filter(isError)).toEqual([]);
    expect(briefing).toBeDefined(); // warnings never block a briefing
    return issues.map((i) => formatIssue(i));
  };

  it("flags a day number in the title, summary or lede that differs from the computed one", () => {
    expect(warnings(base('title: "Day 684: strikes"'))).toEqual([
      'c/2024-01-07.md:3:8: warning: title: says "Day 684", but Sunday, 7 January 2024 is day 683 of the Russia–Ukraine war. Fix: write day 683, or leave the number out: the page shows the computed day',
    ]);
    expect(warnings("---\nsummary: On day 682 of the war, strikes.\n---\n## Battlefield\n- An item.\n")[0]).toMatch(/^c\/2024-01-07\.md:2:10: warning: summary: says "day 682"/);
    expect(warnings(base("", "The lede says day 690.\n\n## Battlefield\n- An item.\n"))[0]).toMatch(/^c\/2024-01-07\.md:5:1: warning: lede: says "day 690"/);
  });

  it("accepts the right day number", () => {
    expect(warnings(base('title: "Day 683: strikes"'))).toEqual([]);
  });

  it("flags a date in the future", () => {
    expect(warnings(base(""), "2026-11-30.md")).toEqual([
      "c/2026-11-30.md:1:1: warning: file name: 2026-11-30 is in the future (today is 2026-11-29). Fix: check the date in the file name; a briefing is written on or after its day",
    ]);
    expect(warnings(base(""), "2026-11-29.md")).toEqual([]);
  });

  it("flags the same item twice, in any section and whatever its case or spacing", () => {
    const body = "## Battlefield\n- Shelling in Kherson.\n\n## Weapons\n- Aid.\n- shelling  in Kherson.\n";
    expect(warnings(base("", body))).toEqual([
      "c/2024-01-07.md:10:1: warning: body: this item repeats the item on line 6. Fix: delete one of the two, or say what is new",
    ]);
  });

  it("flags a source without a URL", () => {
    expect(warnings(base("sources:\n  - name: Reuters\n  - name: BBC\n    url: https://www.bbc.co.uk/news"))).toEqual([
      'c/2024-01-07.md:4:5: warning: sources[0]: "Reuters" has no URL. Fix: add url: https://… when you know the address of the report',
    ]);
  });
});

describe("corrections", () => {
  it("are listed oldest first and the latest one (or updated) becomes the modified time", () => {
    const text = "---\nsummary: s\nupdated: 2024-01-07T20:00:00Z\ncorrections:\n  - date: 2024-01-09\n    text: Second.\n  - date: 2024-01-08T09:30:00+01:00\n    text: First.\n---\n## Battlefield\n- a\n";
    const { briefing } = parse(text);
    expect(briefing?.corrections.map((c) => c.text)).toEqual(["First.", "Second."]);
    expect(briefing?.modified).toBe("2024-01-09T00:00:00.000Z");
  });

  it("report a bad date or a missing text with its position", () => {
    const text = "---\nsummary: s\ncorrections:\n  - date: yesterday\n  - text: No date.\n    dat: 2024-01-08\n---\n## Battlefield\n- a\n";
    expect(parse(text).issues.map((i) => `${i.line}:${i.column}: ${i.field}: ${i.message}`)).toEqual([
      "4:11: corrections[0].date: must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone",
      "4:5: corrections[0].text: is required but missing",
      "5:5: corrections[1].date: is required but missing",
      "6:5: corrections[1].dat: unknown key \"dat\"",
    ]);
  });
});

describe("formatCodeFrame", () => {
  it("shows the line with a caret under the column, and its neighbours", () => {
    expect(formatCodeFrame("---\nsummary: Fine.\nsumary: A typo.\n---\n", 3, 1)).toBe(
      ["  2 | summary: Fine.", "> 3 | sumary: A typo.", "    | ^", "  4 | ---"].join("\n"),
    );
    expect(formatCodeFrame("a\r\nbb", 2, 2)).toBe(["  1 | a", "> 2 | bb", "    |  ^"].join("\n"));
    expect(formatCodeFrame("a", 5, 1)).toBe("");
  });
});
