import { describe, expect, it } from "vitest";
import { isError } from "@/lib/content/issues";
import type { Conflict } from "@/lib/content";
import { parseDay, russiaUkraine } from "../helpers";

const required: Conflict = { ...russiaUkraine, citations: "required" };
const parse = (text: string, conflict: Conflict = russiaUkraine) => parseDay("c/2024-01-07.md", "2024-01-07.md", text, conflict, { today: "2026-11-29" });
/** Every problem of a file as "line:column code field". */
const problems = (text: string, conflict?: Conflict) => parse(text, conflict).issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

const SOURCES = "sources:\n  - id: reuters\n    name: Reuters\n    url: https://www.reuters.com/\n  - id: ap\n    name: AP\n    url: https://apnews.com/\n";
/** Front matter on lines 1–10 (the sources above on lines 3–9); the body from line 11. */
const day = (body: string) => `---\nsummary: A summary.\n${SOURCES}---\n${body}`;

describe("DB111 duplicate-source-id", () => {
  it("is an error at the second id, naming the line of the first; the second is not also 'uncited'", () => {
    const text = `---\nsummary: s\n${SOURCES}  - id: reuters\n    name: Reuters again\n    url: https://www.reuters.com/2/\n---\n## Battlefield\n- A fact.[^reuters][^ap]\n`;
    expect(problems(text)).toEqual(["10:9 DB111 sources[2].id"]);
    const { issues, briefing } = parse(text);
    expect(issues[0]).toMatchObject({ severity: "error", message: '"reuters" is already the id of the source on line 4' });
    expect(briefing).toBeUndefined();
  });
});

describe("DB310 unknown-citation", () => {
  it("is an error at the marker, listing the ids there are", () => {
    const body = "## Battlefield\n- A fact.[^reuters]\n- Another fact.[^ap][^afp]\n- A third.[^Reuters]\n";
    expect(problems(day(body))).toEqual(["13:21 DB310 body", "14:11 DB310 body"]);
    const [afp, upper] = parse(day(body)).issues;
    expect(afp).toMatchObject({
      severity: "error",
      message: 'the marker "[^afp]" names no source',
      hint: "cite one of this briefing's source ids (reuters, ap), or give the source it means that id in the front matter",
    });
    expect(upper?.message).toBe('the marker "[^Reuters]" names no source');
  });

  it("says how to give a source an id when none has one", () => {
    const text = "---\nsummary: s\nsources:\n  - name: Reuters\n    url: https://www.reuters.com/\n---\n## Battlefield\n- A fact.[^reuters]\n";
    expect(problems(text)).toEqual(["8:10 DB310 body"]);
    expect(parse(text).issues[0]?.hint).toBe(
      "give the source it means an id in the front matter (sources: - id: reuters-pokrovsk, name: Reuters, url: https://…) and cite that id",
    );
  });

  it("is reported in the lede too", () => {
    expect(problems(day("A lede.[^bbc]\n\n## Battlefield\n- A fact.[^reuters][^ap]\n"))).toEqual(["11:8 DB310 body"]);
  });
});

describe("DB405 uncited-source", () => {
  it("warns at the id of a source that no item cites", () => {
    const { issues, briefing } = parse(day("## Battlefield\n- A fact.[^reuters]\n"));
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`)).toEqual(["7:9 DB405 sources[1].id"]);
    expect(issues[0]).toMatchObject({ severity: "warning", message: 'the source "ap" is cited by no item', hint: "end the item it supports with [^ap], or remove the id if no item relies on it" });
    expect(briefing?.sources.map((s) => [s.number, s.id])).toEqual([
      [1, "reuters"],
      [2, "ap"],
    ]);
  });

  it("counts a citation from the lede, and says nothing of sources without an id", () => {
    const text = "---\nsummary: s\nsources:\n  - id: reuters\n    name: Reuters\n    url: https://www.reuters.com/\n  - name: AP\n    url: https://apnews.com/\n---\nA lede.[^reuters]\n\n## Battlefield\n- A fact.[^reuters]\n";
    expect(problems(text)).toEqual([]);
  });
});

describe("DB406 uncited-item (citations: optional, the default)", () => {
  it("warns at the start of each section item that cites nothing: list items and paragraph items", () => {
    const body = "## Battlefield\n- A fact.[^reuters]\n- An uncited fact.\n\n## Weapons\nAn uncited paragraph.\n\n  * Another, indented.\n";
    expect(problems(day(body))).toEqual(["7:9 DB405 sources[1].id", "13:1 DB406 body", "16:1 DB406 body", "18:3 DB406 body"]);
    const { issues, briefing } = parse(day(body));
    expect(issues[1]).toMatchObject({
      severity: "warning",
      message: "this item cites no source",
      hint: 'end it with a marker naming the id of a source that reports it, e.g. "… were killed.[^reuters-pokrovsk]"',
    });
    expect(briefing).toBeDefined();
  });

  it("never asks the lede to cite", () => {
    expect(problems(day("An uncited lede.\n\nAnother paragraph.\n\n## Battlefield\n- A fact.[^reuters][^ap]\n"))).toEqual([]);
  });

  it("is not added to an item whose marker is misplaced, or to an empty item: those are errors already", () => {
    expect(problems(day("## Battlefield\n- A[^reuters] fact.\n- \n- Another.[^ap]\n"))).toEqual(["12:4 DB311 body", "13:1 DB309 body"]);
  });

  it("is the same with citations: optional written out", () => {
    const text = day("## Battlefield\n- An uncited fact.\n- A fact.[^reuters][^ap]\n");
    expect(problems(text, { ...russiaUkraine, citations: "optional" })).toEqual(problems(text));
    expect(problems(text)).toEqual(["12:1 DB406 body"]);
  });
});

describe("DB313 citation-required (citations: required)", () => {
  it("makes every uncited item in every section an error instead of a warning, and the day is not built", () => {
    const body = "The lede needs no citation.\n\n## Battlefield\n- A fact.[^reuters]\n- An uncited fact.\n\n## Politics\n- Talks.[^ap]\n\n## Weapons\nAn uncited paragraph.\n";
    expect(problems(day(body), required)).toEqual(["15:1 DB313 body", "21:1 DB313 body"]);
    const { issues, briefing } = parse(day(body), required);
    expect(issues.every(isError)).toBe(true);
    expect(issues[0]).toMatchObject({
      message: "this item cites no source, and the Russia–Ukraine war requires citations",
      hint: 'end the item with a marker naming the id of a source that reports it, e.g. "… were killed.[^reuters-pokrovsk]" (_conflict.md sets citations: required)',
    });
    expect(briefing).toBeUndefined();
  });

  it("passes a day whose every item cites", () => {
    const { issues, briefing } = parse(day("## Battlefield\n- A fact.[^reuters]\n\n## Weapons\n- Aid.[^ap]\n"), required);
    expect(issues).toEqual([]);
    expect(briefing?.sections.map((s) => s.items.map((i) => i.cites))).toEqual([[["reuters"]], [["ap"]]]);
  });
});

describe("source ids", () => {
  it.each([
    ["Reuters", "4:9 DB109 sources[0].id"],
    ["reuters_pokrovsk", "4:9 DB109 sources[0].id"],
    ["-reuters", "4:9 DB109 sources[0].id"],
    ["12", "4:9 DB106 sources[0].id"],
  ])("rejects id: %s", (id, problem) => {
    const text = `---\nsummary: s\nsources:\n  - id: ${id}\n    name: Reuters\n    url: https://www.reuters.com/\n---\n## Battlefield\n- A fact.\n`;
    expect(problems(text).filter((p) => p.includes("sources[0].id"))).toEqual([problem]);
  });

  it("explains what an id must be", () => {
    const text = "---\nsummary: s\nsources:\n  - id: Reuters Pokrovsk\n    name: Reuters\n---\n## Battlefield\n- A fact.\n";
    expect(parse(text).issues[0]).toMatchObject({
      message: "must be a slug: lowercase letters, digits and hyphens, e.g. reuters-pokrovsk",
      hint: "give the source a slug to cite it by, e.g. id: reuters-pokrovsk, and end the items it supports with [^reuters-pokrovsk]",
    });
  });
});
