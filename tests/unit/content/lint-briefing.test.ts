import { describe, expect, it } from "vitest";
import { isError } from "@/lib/content/issues";
import { russiaUkraine, parseDay } from "../helpers";

const parse = (text: string, fileName = "2024-01-07.md", today = "2026-11-29") =>
  parseDay(`c/${fileName}`, fileName, text, russiaUkraine, { today });

describe("warnings", () => {
  const base = (front: string, body = "## Battlefield\n- An item.\n") => `---\nsummary: A summary.\n${front}\n---\n${body}`;
  /** The warnings of a valid file, as "line:column code field", but uncited items (see lint-citations.test.ts). */
  const warnings = (text: string, fileName?: string) => {
    const { briefing, issues } = parse(text, fileName);
    expect(issues.filter(isError)).toEqual([]);
    expect(briefing).toBeDefined(); // warnings never block a briefing
    for (const issue of issues) expect(issue.severity).toBe("warning");
    return issues.filter((i) => i.name !== "uncited-item").map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);
  };

  it("flags a day number in the title, summary or lede that differs from the computed one", () => {
    expect(warnings(base('title: "Day 684: strikes"'))).toEqual(["3:8 DB401 title"]);
    expect(warnings("---\nsummary: On day 682 of the war, strikes.\n---\n## Battlefield\n- An item.\n")).toEqual(["2:10 DB401 summary"]);
    expect(warnings(base("", "The lede says day 690.\n\n## Battlefield\n- An item.\n"))).toEqual(["5:1 DB401 lede"]);
  });

  it("names the typed and the computed day", () => {
    const { issues } = parse(base('title: "Day 684: strikes"'));
    expect(issues[0]).toMatchObject({ name: "day-number-mismatch", message: 'says "Day 684", but Sunday, 7 January 2024 is day 683 of the Russia–Ukraine war' });
  });

  it("accepts the right day number", () => {
    expect(warnings(base('title: "Day 683: strikes"'))).toEqual([]);
  });

  it("flags a date in the future", () => {
    expect(warnings(base(""), "2026-11-30.md")).toEqual(["1:1 DB402 file name"]);
    expect(warnings(base(""), "2026-11-29.md")).toEqual([]);
  });

  it("flags the same item twice, in any section and whatever its case or spacing", () => {
    const body = "## Battlefield\n- Shelling in Kherson.\n\n## Weapons\n- Aid.\n- shelling  in Kherson.\n";
    expect(warnings(base("", body))).toEqual(["10:1 DB404 body"]);
    expect(parse(base("", body)).issues[0]?.message).toBe("this item repeats the item on line 6");
  });

  it("flags a source without a URL", () => {
    expect(warnings(base("sources:\n  - name: Reuters\n  - name: BBC\n    url: https://www.bbc.co.uk/news"))).toEqual(["4:5 DB403 sources[0]"]);
  });
});
