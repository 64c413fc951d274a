import { describe, expect, it } from "vitest";
import { isError, type ContentIssue } from "@/lib/content/issues";
import { parseConflict } from "@/lib/content/parse-conflict";
import { parseDay, russiaUkraine } from "../helpers";

/** A day of the Russia–Ukraine war (helpers.ts declares civilians-killed and refugees-recorded) reporting `figures`. */
function day(figures: string, extra = "", date = "2024-01-07") {
  const text = `---
summary: The UN's count rose.
sources:
  - id: un-hrmmu
    name: UN Human Rights Monitoring Mission in Ukraine
    url: https://ukraine.un.org/en/
  - id: unhcr
    name: UNHCR
    url: https://data.unhcr.org/en/situations/ukraine
${extra}figures:
${figures}---
## Battlefield
- The UN updated its count.[^un-hrmmu]
`;
  return parseDay(`content/russia-ukraine/${date}.md`, `${date}.md`, text, russiaUkraine, { today: "2026-11-29" });
}
/** Each problem as "line:column code field"; the UNHCR source of `day` is uncited (DB405) unless a figure cites it. */
const codes = (issues: ContentIssue[]) => issues.filter((i) => i.code !== "DB405").map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

describe("a day's figures", () => {
  it("are accepted when declared, sourced, dated on or before the day and given once; as_of defaults to the day", () => {
    const { briefing, issues } = day(
      "  - key: civilians-killed\n    value: 10191\n    as_of: 2023-12-31\n    source: un-hrmmu\n    note: Verified to 31 December.\n  - key: refugees-recorded\n    value: 0\n    source: unhcr\n",
    );
    expect(issues).toEqual([]);
    expect(briefing?.figures.map((f) => [f.key, f.value, f.asOf, f.note, f.source.name, f.cumulative])).toEqual([
      ["civilians-killed", 10_191, "2023-12-31", "Verified to 31 December.", "UN Human Rights Monitoring Mission in Ukraine", true],
      ["refugees-recorded", 0, "2024-01-07", undefined, "UNHCR", false],
    ]);
  });

  it("accepts decimals and an as_of equal to the file's date", () => {
    const { issues } = day("  - key: refugees-recorded\n    value: 6.3\n    as_of: 2024-01-07\n    source: unhcr\n");
    expect(issues).toEqual([]);
  });

  it("an unknown key is an error with a did-you-mean, else the declared keys, else how to declare it", () => {
    expect(day("  - key: refugees\n    value: 1\n    source: unhcr\n").issues[0]?.hint).toBe(
      "use one of the keys declared under figures: in _conflict.md (civilians-killed, refugees-recorded), or declare this one there first",
    );
    expect(day("  - key: refugee-recorded\n    value: 1\n    source: unhcr\n").issues[0]?.hint).toMatch(/^did you mean "refugees-recorded"\?/);
    const undeclared = parseDay(
      "content/russia-ukraine/2024-01-07.md",
      "2024-01-07.md",
      "---\nsummary: s\nsources:\n  - id: a\n    name: A\n    url: https://a.example/\nfigures:\n  - key: drones\n    value: 1\n    source: a\n---\n## Battlefield\n- An item.[^a]\n",
      { ...russiaUkraine, figures: undefined },
    );
    expect(codes(undeclared.issues)).toEqual(["8:10 DB112 figures[0].key"]);
    expect(undeclared.issues[0]?.hint).toBe("declare it first under figures: in _conflict.md (- key: drones, label: …, unit: …)");
  });

  it.each([
    ['"10,200"', "10200", "separators"],
    ['"10 200"', "10200", "separators"],
    ["10'200", "10200", "separators"],
    ['"1,234,567.5"', "1234567.5", "separators"],
    ['"10.200"', "10200", "separators"],
  ])("a value written with separators, %s, is an error telling the plain number", (value, plain) => {
    const { issues } = day(`  - key: civilians-killed\n    value: ${value}\n    source: un-hrmmu\n`);
    expect(codes(issues)).toEqual(["12:12 DB113 figures[0].value"]);
    expect(issues[0]?.hint).toBe(`write the plain number, value: ${plain}; the page adds the separators`);
  });

  it.each([
    ["-3", "-3 is negative"],
    ['"10200"', 'must be a number, not string "10200"'],
    ["about 10k", 'must be a number, not string "about 10k"'],
    ["[1, 2]", "must be a number, not a list"],
    ["true", "must be a number, not boolean true"],
    ["", "must be a number, not empty (null)"],
    [".nan", "must be a number, not number NaN"],
  ])("a value %s is an error: %s", (value, message) => {
    const { issues } = day(`  - key: civilians-killed\n    value: ${value}\n    source: un-hrmmu\n`);
    expect(issues.filter((i) => i.code !== "DB405").map((i) => [i.code, i.field, i.message])).toEqual([["DB113", "figures[0].value", message]]);
  });

  it("a missing value or source is a missing field; an unknown source is an error naming the day's ids", () => {
    expect(codes(day("  - key: civilians-killed\n    source: un-hrmmu\n").issues)).toEqual(["11:5 DB105 figures[0].value"]);
    const unknown = day("  - key: civilians-killed\n    value: 1\n    source: ohchr\n").issues;
    expect(codes(unknown)).toEqual(["13:13 DB114 figures[0].source"]);
    expect(unknown.find((i) => i.code === "DB114")?.hint).toBe("give the id of the source that reports the figure (un-hrmmu, unhcr), or add that source under sources: with this id");
  });

  it("a source must have an id to be cited: a figure citing a day with no ids is told how to give one", () => {
    const { issues } = parseDay(
      "content/russia-ukraine/2024-01-07.md",
      "2024-01-07.md",
      "---\nsummary: s\nsources:\n  - name: UN\nfigures:\n  - key: civilians-killed\n    value: 1\n    source: un\n---\n## Battlefield\n- An item.\n",
      russiaUkraine,
      { today: "2026-11-29" },
    );
    const error = issues.find((i) => i.code === "DB114");
    expect(error?.hint).toMatch(/^list the source that reports the figure under sources: with an id/);
  });

  it("as_of after the file's date is an error; the same key twice is an error at the second", () => {
    expect(codes(day("  - key: civilians-killed\n    value: 1\n    as_of: 2024-01-08\n    source: un-hrmmu\n").issues)).toEqual(["13:12 DB206 figures[0].as_of"]);
    expect(codes(day("  - key: civilians-killed\n    value: 1\n    as_of: 2024-13-01\n    source: un-hrmmu\n").issues)).toEqual(["13:12 DB109 figures[0].as_of"]);
    const twice = day("  - key: civilians-killed\n    value: 1\n    source: un-hrmmu\n  - key: civilians-killed\n    value: 2\n    source: unhcr\n").issues;
    expect(codes(twice)).toEqual(["14:10 DB115 figures[1].key"]);
    expect(twice[0]?.message).toBe('"civilians-killed" is already reported on line 11');
  });

  it("an unknown key inside a figure is reported with a did-you-mean among the figure's own keys", () => {
    const { issues } = day("  - key: civilians-killed\n    value: 1\n    source: un-hrmmu\n    asof: 2024-01-01\n");
    expect(codes(issues)).toEqual(["14:5 DB104 figures[0].asof"]);
    expect(issues[0]?.hint).toBe('did you mean "as_of"? Rename the key');
  });

  it("a correction may name a figure the day reports (not another)", () => {
    const corrections = (figure: string) => `corrections:\n  - date: 2024-01-09\n    text: An earlier version gave 10,100.\n    figure: ${figure}\n`;
    const ok = day("  - key: civilians-killed\n    value: 10191\n    source: un-hrmmu\n", corrections("civilians-killed"));
    expect(codes(ok.issues)).toEqual([]);
    expect(ok.briefing?.figures[0]?.corrections).toEqual([{ date: "2024-01-09", text: "An earlier version gave 10,100." }]);
    expect(ok.briefing?.corrections).toEqual([{ date: "2024-01-09", text: "An earlier version gave 10,100." }]);
    const wrong = day("  - key: civilians-killed\n    value: 10191\n    source: un-hrmmu\n", corrections("refugees-recorded"));
    expect(codes(wrong.issues)).toEqual(["13:13 DB116 corrections[0].figure"]);
  });

  it("a source only a figure cites is not an uncited source (DB405), and gets a number after the items' sources", () => {
    const { briefing, issues } = day("  - key: refugees-recorded\n    value: 6300000\n    source: unhcr\n");
    expect(issues.filter((i) => i.code === "DB405")).toEqual([]);
    expect(briefing?.sources.map((s) => [s.number, s.id, s.citedBy])).toEqual([
      [1, "un-hrmmu", [{ href: "#battlefield-1", label: "Battlefield 1" }]],
      [2, "unhcr", [{ href: "#figure-refugees-recorded", label: "Refugees from Ukraine recorded globally" }]],
    ]);
    expect(briefing?.figures[0]?.source).toEqual({ id: "unhcr", name: "UNHCR", url: "https://data.unhcr.org/en/situations/ukraine", number: 2, anchor: "source-2" });
  });

  it("figures cite after the sections: a figure's source cited by an item keeps the item's number and gains a link back", () => {
    const { briefing } = day("  - key: refugees-recorded\n    value: 6300000\n    source: unhcr\n  - key: civilians-killed\n    value: 10191\n    source: un-hrmmu\n");
    expect(briefing?.sources.map((s) => [s.number, s.id, s.citedBy.map((c) => c.href)])).toEqual([
      [1, "un-hrmmu", ["#battlefield-1", "#figure-civilians-killed"]],
      [2, "unhcr", ["#figure-refugees-recorded"]],
    ]);
    expect(briefing?.figures.map((f) => f.source.number)).toEqual([2, 1]);
  });
});

describe("a conflict's declared figures", () => {
  const conflict = (figures: string) => parseConflict("content/russia-ukraine/_conflict.md", "russia-ukraine", `---\nname: Russia–Ukraine war\nstart: 2022-02-24\nfigures:\n${figures}---\n`);

  it("are kept in order; cumulative is false unless declared", () => {
    const { conflict: parsed, issues } = conflict(
      "  - key: civilians-killed\n    label: Civilians killed (UN-verified)\n    unit: people\n    cumulative: true\n    description: Verified by the UN.\n  - key: refugees-recorded\n    label: Refugees\n    unit: people\n",
    );
    expect(issues).toEqual([]);
    expect(parsed?.figures).toEqual([
      { key: "civilians-killed", label: "Civilians killed (UN-verified)", unit: "people", cumulative: true, description: "Verified by the UN." },
      { key: "refugees-recorded", label: "Refugees", unit: "people", cumulative: false },
    ]);
    expect(parseConflict("c/_conflict.md", "c", "---\nname: A war\nstart: 2022-02-24\n---\n").conflict?.figures).toBeUndefined();
  });

  it("report a key declared twice, a key that is not a slug, a missing label and a misspelt field", () => {
    const figure = (key: string, more = "    label: L\n    unit: u\n") => `  - key: ${key}\n${more}`;
    expect(codes(conflict(figure("killed") + figure("killed")).issues)).toEqual(["8:10 DB115 figures[1].key"]);
    expect(conflict(figure("killed") + figure("killed")).issues[0]?.message).toBe('"killed" is already declared on line 5');
    expect(codes(conflict(figure("Civilians Killed")).issues)).toEqual(["5:10 DB109 figures[0].key"]);
    expect(codes(conflict(figure("killed", "    unit: u\n")).issues)).toEqual(["5:5 DB105 figures[0].label"]);
    const typo = conflict(figure("killed", "    label: L\n    unit: u\n    cumulativ: true\n")).issues;
    expect(codes(typo)).toEqual(["8:5 DB104 figures[0].cumulativ"]);
    expect(typo[0]?.hint).toBe('did you mean "cumulative"? Rename the key');
    expect(typo.every(isError)).toBe(true);
  });
});
