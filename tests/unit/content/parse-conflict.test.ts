import { afterEach, describe, expect, it, vi } from "vitest";
import { markdown } from "@/lib/content/markdown";
import { parseConflict } from "@/lib/content/parse-conflict";
import { readFixture } from "../helpers";

const codes = (text: string) => parseConflict("c/_conflict.md", "x", text).issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

afterEach(() => vi.restoreAllMocks());

describe("parseConflict", () => {
  it("reads name, start and the about text", () => {
    const { conflict, issues } = parseConflict("c/_conflict.md", "russia-ukraine", readFixture("conflicts/valid.md"));
    expect(issues).toEqual([]);
    expect(conflict).toEqual({
      slug: "russia-ukraine",
      name: "Russia–Ukraine war",
      start: "2022-02-24",
      aboutHtml: "<p>About the war, with <strong>emphasis</strong>.</p>",
      license: "CC-BY-4.0", // the default
    });
  });

  it("reads a license as its canonical SPDX id, whatever its case", () => {
    const parse = (license: string) => parseConflict("c/_conflict.md", "x", `---\nname: A war\nstart: 2022-02-24\nlicense: ${license}\n---\n`);
    expect(parse("CC0-1.0").conflict?.license).toBe("CC0-1.0");
    expect(parse("cc-by-sa-4.0").conflict?.license).toBe("CC-BY-SA-4.0");
    expect(parse(" odbl-1.0 ").conflict?.license).toBe("ODbL-1.0");
  });

  it("rejects a license it does not know, at its value, suggesting the id meant", () => {
    const text = "---\nname: A war\nstart: 2022-02-24\nlicense: CC-BY\n---\n";
    const { conflict, issues } = parseConflict("c/_conflict.md", "x", text);
    expect(conflict).toBeUndefined();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}: ${i.message}`)).toEqual([
      '4:10 DB109 license: "CC-BY" is not a license Daybook knows (did you mean CC-BY-4.0?)',
    ]);
    expect(issues[0]?.hint).toContain("CC-BY-SA-4.0");
    expect(codes("---\nname: A war\nstart: 2022-02-24\nlicense: GPL-3.0\n---\n")).toEqual(["4:10 DB109 license"]);
    expect(codes("---\nname: A war\nstart: 2022-02-24\nlicense: [CC-BY-4.0]\n---\n")).toEqual(["4:10 DB106 license"]);
  });

  it("rejects a start that is not a calendar date", () => {
    const { conflict, issues } = parseConflict("c/_conflict.md", "x", readFixture("conflicts/bad-start.md"));
    expect(conflict).toBeUndefined();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`)).toEqual(["3:8 DB109 start"]);
  });

  it("rejects a missing start", () => {
    expect(codes(readFixture("conflicts/missing-start.md"))).toEqual(["2:1 DB105 start"]);
  });

  it("reports raw HTML and unsafe links in the about text, but allows any heading", () => {
    const text = "---\nname: A war\nstart: 2022-02-24\n---\n# About\n### Background\nSee <b>this</b> and [that](javascript:alert(1)).\n";
    expect(codes(text)).toEqual(["7:5 DB301 body", "7:28 DB303 body"]);
  });

  it("parses the about text once: the tokens it checks are the tokens it renders", () => {
    const parse = vi.spyOn(markdown, "parse");
    const { conflict } = parseConflict("c/_conflict.md", "x", readFixture("conflicts/valid.md"));
    expect(conflict?.aboutHtml).toContain("<strong>emphasis</strong>");
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it("reads citations: required or optional, and rejects anything else at its value", () => {
    const text = (policy: string) => `---\nname: A war\nstart: 2022-02-24\ncitations: ${policy}\n---\n`;
    expect(parseConflict("c/_conflict.md", "x", text("required")).conflict?.citations).toBe("required");
    expect(parseConflict("c/_conflict.md", "x", text("optional")).conflict?.citations).toBe("optional");
    expect(parseConflict("c/_conflict.md", "x", "---\nname: A war\nstart: 2022-02-24\n---\n").conflict?.citations).toBeUndefined();
    expect(codes(text("always"))).toEqual(["4:12 DB109 citations"]);
    expect(parseConflict("c/_conflict.md", "x", text("always")).issues[0]).toMatchObject({
      message: 'must be "optional" or "required"',
      hint: "write citations: required to make every item cite a source, or citations: optional (the default)",
    });
  });
});

describe("the conflict's map: field", () => {
  const OBJECTS = ["countries", "regions", "lakes", "rivers"];
  const conflict = (map: string) => `---\nname: A war\nstart: 2022-02-24\n${map}---\n`;
  const check = (map: string, objects?: readonly string[] | "invalid") =>
    parseConflict("c/_conflict.md", "x", conflict(map), objects).issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

  it("names objects of the base map to draw, and an optional frame", () => {
    const text = conflict("map:\n  outline: countries\n  regions: regions\n  frame: { west: 20.5, south: 43.6, east: 42, north: 53 }\n");
    expect(parseConflict("c/_conflict.md", "x", text, OBJECTS).conflict?.map).toEqual({
      outline: "countries",
      regions: "regions",
      frame: { west: 20.5, south: 43.6, east: 42, north: 53 },
    });
  });

  it("reports an object the base map does not have (DB119), naming those it has", () => {
    expect(check("map: { outline: countries, rivers: streams }\n", OBJECTS)).toEqual(["4:36 DB119 map.rivers"]);
    const [issue] = parseConflict("c/_conflict.md", "x", conflict("map: { outline: land }\n"), OBJECTS).issues;
    expect(issue?.hint).toBe("name one of its objects: countries, regions, lakes, rivers");
  });

  it("reports objects named without a base map (DB120), and a base map without an outline (DB105)", () => {
    expect(check("map: { outline: countries, regions: regions }\n")).toEqual(["4:17 DB120 map.outline", "4:37 DB120 map.regions"]);
    expect(check("", OBJECTS)).toEqual(["2:1 DB105 map.outline"]);
    expect(check("map: { regions: regions }\n", OBJECTS)).toEqual(["4:1 DB105 map.outline"]);
  });

  it("leaves the objects unchecked when the base map itself is invalid (reported on its own)", () => {
    expect(check("map: { outline: nothing }\n", "invalid")).toEqual([]);
  });

  it("accepts a frame alone, without a base map (the world map framed by hand)", () => {
    expect(check("map: { frame: { west: 33.5, south: 29.5, east: 36.5, north: 33.5 } }\n")).toEqual([]);
  });

  it.each([
    ["a frame with west east of east", "map: { frame: { west: 36, south: 29, east: 33, north: 33 } }\n", ["4:15 DB109 map.frame"]],
    ["a frame latitude out of range", "map: { frame: { west: 33, south: -95, east: 36, north: 33 } }\n", ["4:34 DB117 map.frame.south"]],
    ["an unknown key in map:", "map: { outline: countries, region: regions }\n", ["4:28 DB104 map.region"]],
    ["a map that is not a mapping", "map: countries\n", ["4:6 DB106 map"]],
  ])("reports %s", (_, map, expected) => {
    expect(check(map, OBJECTS)).toEqual(expected);
  });

  it("suggests the key meant in map:", () => {
    const [issue] = parseConflict("c/_conflict.md", "x", conflict("map: { outline: countries, region: regions }\n"), OBJECTS).issues;
    expect(issue?.hint).toBe('did you mean "regions"? Rename the key');
  });
});
