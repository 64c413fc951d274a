import { describe, expect, it } from "vitest";
import { russiaUkraine, parseDay } from "../helpers";

/** Front-matter validation (front-matter.ts, schema.ts, zod-issues.ts): each problem's code, field and position. */
const at = (issues: { line: number; column: number; code: string; field: string }[]) => issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

describe("corrections", () => {
  const parse = (text: string) => parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });

  it("are listed oldest first and the latest one (or updated) becomes the modified time", () => {
    const text = "---\nsummary: s\nupdated: 2024-01-07T20:00:00Z\ncorrections:\n  - date: 2024-01-09\n    text: Second.\n  - date: 2024-01-08T09:30:00+01:00\n    text: First.\n---\n## Battlefield\n- a\n";
    const { briefing } = parse(text);
    expect(briefing?.corrections.map((c) => c.text)).toEqual(["First.", "Second."]);
    expect(briefing?.modified).toBe("2024-01-09T00:00:00.000Z");
  });

  it("report a bad date or a missing text with its position", () => {
    const text = "---\nsummary: s\ncorrections:\n  - date: yesterday\n  - text: No date.\n    dat: 2024-01-08\n---\n## Battlefield\n- a\n";
    expect(at(parse(text).issues)).toEqual([
      "4:11 DB109 corrections[0].date",
      "4:5 DB105 corrections[0].text",
      "5:5 DB105 corrections[1].date",
      "6:5 DB104 corrections[1].dat",
    ]);
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
    ["places: Kyiv", "3:9 DB106 places"],
    ["places: [Kyiv, \"\"]", "3:16 DB107 places[1]"],
    ["topics:\n  - 42", "4:5 DB106 topics[0]"],
    ["topics: [\"!!!\"]", "3:10 DB109 topics[0]"],
  ])("rejects %j with its position", (front, line) => {
    expect(at(parse(front).issues)).toEqual([line]);
  });
});

describe("unknown keys", () => {
  const parse = (front: string) => parseDay("f/2024-01-07.md", "2024-01-07.md", `---\nsummary: s\n${front}\n---\n## Battlefield\n- a\n`, russiaUkraine);

  it("suggest the key meant when the name is a typo", () => {
    const [issue] = parse("sumary: x").issues;
    expect(issue).toMatchObject({ code: "DB104", name: "unknown-key", line: 3, column: 1, field: "sumary" });
    expect(issue?.hint).toBe('did you mean "summary"? Rename the key');
  });

  it("list the allowed keys otherwise", () => {
    const [issue] = parse("author: x").issues;
    expect(issue?.code).toBe("DB104");
    expect(issue?.hint).toBe("remove it; allowed keys are summary, title, date, sources, updated, draft, publish_at, places, topics, corrections, figures");
  });

  it("inside a source suggest the source's own keys", () => {
    const [issue] = parse("sources:\n  - name: A\n    urll: https://a.example").issues;
    expect(issue).toMatchObject({ code: "DB104", field: "sources[0].urll" });
    expect(issue?.hint).toBe('did you mean "url"? Rename the key');
  });
});
