import { describe, expect, it } from "vitest";
import { isError, sortIssues } from "@/lib/content/issues";
import { formatBriefingTemplate } from "@/lib/content/template";
import { russiaUkraine, parseDay } from "../helpers";

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
    const errors = sortIssues(parse(template, "2024-01-08.md").issues.filter(isError));
    expect(errors.map((i) => `${i.column} ${i.code} ${i.field}`)).toEqual([
      "8 DB107 title",
      "10 DB107 summary",
      "1 DB309 body",
      "1 DB309 body",
      "1 DB309 body",
    ]);
    const lines = errors.map((i) => i.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("once filled in, with a cited source, is a valid draft", () => {
    const filled = template
      .replace('title: ""', "title: A headline")
      .replace('summary: ""', "summary: What happened.")
      .replace("sources: []", 'sources: [{ id: agency, name: Agency, url: "https://example.org/" }]')
      .replace(/^- $/gm, "- Something happened.[^agency]")
      .replace(/## Politics and diplomacy\n- Something happened./, "## Politics and diplomacy\n- Talks went on.")
      .replace(/## Weapons\n- Something happened./, "## Weapons\n- Aid arrived.");
    expect(filled.match(/\[\^agency\]$/gm)).toHaveLength(3);
    const { briefing, issues } = parse(filled, "2024-01-08.md");
    expect(issues).toEqual([]);
    expect(briefing).toMatchObject({ day: 684, draft: true, title: "A headline" });
  });
});
