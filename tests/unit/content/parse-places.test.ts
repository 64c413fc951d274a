import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { formatIssue } from "@/lib/content/issues";
import { parsePlaces } from "@/lib/content/parse-places";

/** The gazetteer, `_places.yml` (parse-places.ts): every rule, each problem with its code, field and position. */
const FILE = "content/russia-ukraine/_places.yml";
const at = (text: string) => parsePlaces(FILE, text).issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);
const place = (name: string, lat: unknown = 48.2833, lon: unknown = 37.1833, more = "") => `- name: ${name}\n  lat: ${lat}\n  lon: ${lon}\n${more}`;

describe("parsePlaces", () => {
  it("reads each place's name, coordinates, aliases and kind (settlement by default), with its slug", () => {
    const text = `${place("Pokrovsk")}${place("Kyiv", 50.45, 30.5233, "  aliases: [Kiev]\n")}${place("Donetsk region", 48.14, 37.74, "  kind: region\n")}`;
    const { places, issues } = parsePlaces(FILE, text);
    expect(issues).toEqual([]);
    expect(places).toEqual([
      { name: "Pokrovsk", slug: "pokrovsk", lat: 48.2833, lon: 37.1833, kind: "settlement", aliases: [] },
      { name: "Kyiv", slug: "kyiv", lat: 50.45, lon: 30.5233, kind: "settlement", aliases: ["Kiev"] },
      { name: "Donetsk region", slug: "donetsk-region", lat: 48.14, lon: 37.74, kind: "region", aliases: [] },
    ]);
  });

  it("accepts an empty file, a BOM and CRLF line endings", () => {
    expect(parsePlaces(FILE, "")).toEqual({ places: [], issues: [] });
    expect(parsePlaces(FILE, "# nothing yet\n").places).toEqual([]);
    expect(parsePlaces(FILE, `\uFEFF${place("Pokrovsk")}`.replace(/\n/g, "\r\n")).places?.[0]?.lat).toBe(48.2833);
  });

  it("accepts the extremes of each coordinate", () => {
    expect(at(place("North Pole", 90, 180) + place("South Pole", -90, -180))).toEqual([]);
  });

  it.each([
    ["a latitude above 90", place("Pokrovsk", 91), ["2:8 DB117 places[0].lat"]],
    ["a latitude below -90", place("Pokrovsk", -90.5), ["2:8 DB117 places[0].lat"]],
    ["a longitude above 180", place("Pokrovsk", 48, 180.01), ["3:8 DB117 places[0].lon"]],
    ["a longitude below -180", place("Pokrovsk", 48, -181), ["3:8 DB117 places[0].lon"]],
  ])("reports %s as out of range (DB117)", (_, text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it("says what the value is and what the range is", () => {
    const [issue] = parsePlaces(FILE, place("Pokrovsk", 148.2833)).issues;
    expect(issue?.message).toBe("is 148.2833, above the maximum 90");
    expect(issue?.hint).toMatch(/^give the latitude in WGS84 decimal degrees, from -90 \(south\) to 90 \(north\)/);
  });

  it.each([
    ["a quoted number", place("Pokrovsk", '"48.2833"'), ["2:8 DB106 places[0].lat"], 'must be a number, not string "48.2833"'],
    ["degrees and minutes", place("Pokrovsk", 48, "37°11′E"), ["3:8 DB106 places[0].lon"], 'must be a number, not string "37°11′E"'],
    ["YAML's not-a-number", place("Pokrovsk", ".nan"), ["2:8 DB106 places[0].lat"], "must be a number, not number NaN"],
    ["YAML's infinity", place("Pokrovsk", 48, ".inf"), ["3:8 DB106 places[0].lon"], "must be a number, not number Infinity"],
    ["an empty value", place("Pokrovsk", ""), ["2:8 DB106 places[0].lat"], "must be a number, not empty (null)"],
  ])("reports %s as a coordinate that is not a number (DB106)", (_, text, expected, message) => {
    expect(at(text)).toEqual(expected);
    expect(parsePlaces(FILE, text).issues[0]?.message).toBe(message);
  });

  it("reports a missing name or coordinate (DB105) at the entry", () => {
    expect(at("- name: Pokrovsk\n  lat: 48.2833\n- lat: 1\n  lon: 2\n")).toEqual(["1:3 DB105 places[0].lon", "3:3 DB105 places[1].name"]);
  });

  it("reports an unknown key (DB104) with a \"did you mean\"", () => {
    const text = "- name: Pokrovsk\n  lat: 48.2833\n  lng: 37.1833\n";
    expect(at(text)).toEqual(["1:3 DB105 places[0].lon", "3:3 DB104 places[0].lng"]);
    const unknown = parsePlaces(FILE, text).issues.find((i) => i.code === "DB104");
    expect(formatIssue(unknown!)).toBe(`${FILE}:3:3: places[0].lng: unknown key "lng". Fix: did you mean "lon"? Rename the key [DB104 unknown-key]`);
  });

  it("reports an unknown kind (DB109) and an empty alias (DB107)", () => {
    expect(at(place("Pokrovsk", 48, 37, "  kind: city\n  aliases: [Krasnoarmiisk, '']\n"))).toEqual(["5:28 DB107 places[0].aliases[1]", "4:9 DB109 places[0].kind"]);
  });

  it.each([
    ["a name given twice", place("Kyiv") + place("Kyiv"), ["4:9 DB118 places[1].name"]],
    ["a name given twice, in another case and with accents", place("Kyiv") + place("KYÏV"), ["4:9 DB118 places[1].name"]],
    ["an alias that is another entry's name", place("Kyiv") + place("Kiev", 1, 2, "  aliases: [Kyiv]\n"), ["7:13 DB118 places[1].aliases[0]"]],
    ["a name that is another entry's alias", place("Kyiv", 1, 2, "  aliases: [Kiev]\n") + place("Kiev"), ["5:9 DB118 places[1].name"]],
    ["an alias given twice in one entry", place("Kyiv", 1, 2, "  aliases: [Kiev, kiev]\n"), ["4:19 DB118 places[0].aliases[1]"]],
    ["an alias equal to its own name", place("Kyiv", 1, 2, "  aliases: [Kyiv]\n"), ["4:13 DB118 places[0].aliases[0]"]],
  ])("reports %s (DB118), pointing at the first use", (_, text, expected) => {
    expect(at(text)).toEqual(expected);
    expect(parsePlaces(FILE, text).places).toBeUndefined();
  });

  it("reports malformed YAML (DB103) and a file that is not a list (DB106) with their positions", () => {
    expect(at("- name: Pokrovsk\n  lat: [48\n")).toEqual(["3:1 DB103 _places.yml"]);
    expect(at("name: Pokrovsk\nlat: 48\n")).toEqual(["1:1 DB106 places"]);
    expect(parsePlaces(FILE, "name: Pokrovsk\n").issues[0]?.message).toBe("must be a list, not a mapping");
  });
});

describe("places in a conflict folder", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-places-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const war = (name: string, files: Record<string, string>) => {
    const dir = path.join(root, name, "russia-ukraine");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "_conflict.md"), "---\nname: Russia–Ukraine war\nstart: 2022-02-24\n---\n");
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return loadContent(path.join(root, name));
  };
  // Each item cites its source, so that the only warnings are the gazetteer's.
  const day = (places: string) =>
    `---\nsummary: Strikes.\nsources:\n  - id: ap\n    name: AP\n    url: https://apnews.com/\nplaces: ${places}\n---\n## Battlefield\n- Strikes.[^ap]\n`;
  const where = (issue: { file: string; line: number; column: number; code: string; severity: string; message: string }) =>
    `${path.basename(issue.file)}:${issue.line}:${issue.column} ${issue.code} ${issue.severity}: ${issue.message}`;

  it("warns at each place a day names that the gazetteer lacks, and accepts entries no day uses", () => {
    const content = war("warn", { "_places.yml": place("Pokrovsk") + place("Unused", 1, 1), "2024-01-07.md": day("[Pokrovsk, Avdiivka, Kupiansk]") });
    expect(content.issues.map(where)).toEqual([
      '2024-01-07.md:7:20 DB408 warning: no coordinates for "Avdiivka"',
      '2024-01-07.md:7:30 DB408 warning: no coordinates for "Kupiansk"',
    ]);
    expect(content.briefings.get("russia-ukraine")?.map((b) => b.date)).toEqual(["2024-01-07"]);
  });

  it("warns for every place when the conflict has no gazetteer", () => {
    expect(war("none", { "2024-01-07.md": day("\n  - Pokrovsk\n  - Kyiv") }).issues.map(where)).toEqual([
      '2024-01-07.md:8:5 DB408 warning: no coordinates for "Pokrovsk"',
      '2024-01-07.md:9:5 DB408 warning: no coordinates for "Kyiv"',
    ]);
  });

  it("reports an invalid gazetteer once, without warning about each place, and still publishes the days", () => {
    const content = war("invalid", { "_places.yml": place("Pokrovsk", 91), "2024-01-07.md": day("[Pokrovsk, Avdiivka]") });
    expect(content.issues.map((i) => `${path.basename(i.file)} ${i.code}`)).toEqual(["_places.yml DB117"]);
  });

  it("gives a day the gazetteer's name for a place it names by an alias (one place page, one marker)", () => {
    const content = war("alias", { "_places.yml": place("Kyiv", 50.45, 30.5233, "  aliases: [Kiev]\n"), "2024-01-07.md": day("[kiev, Kyiv, Odesa]") });
    expect(content.briefings.get("russia-ukraine")?.[0]?.places).toEqual(["Kyiv", "Odesa"]);
  });

  it("never reads the base map's provenance note as a day", () => {
    const content = war("note", { "_places.yml": "", "_map.source.md": "# Where the map comes from\n" });
    expect(content.issues).toEqual([]);
  });
});
