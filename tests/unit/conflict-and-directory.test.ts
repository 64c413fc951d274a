import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, isError, sortIssues } from "@/lib/content/issues";
import { parseConflict } from "@/lib/content/parse-conflict";
import { loadContent } from "@/lib/content";
import { FIXTURES, readFixture } from "./helpers";

describe("parseConflict", () => {
  it("reads name, start and the about text", () => {
    const { conflict, issues } = parseConflict("c/_conflict.md", "russia-ukraine", readFixture("conflicts/valid.md"));
    expect(issues).toEqual([]);
    expect(conflict).toEqual({
      slug: "russia-ukraine",
      name: "Russia–Ukraine war",
      start: "2022-02-24",
      aboutHtml: "<p>About the war, with <strong>emphasis</strong>.</p>",
    });
  });

  it("rejects a start that is not a calendar date", () => {
    const { conflict, issues } = parseConflict("c/_conflict.md", "x", readFixture("conflicts/bad-start.md"));
    expect(conflict).toBeUndefined();
    expect(issues.map((i) => formatIssue(i))).toEqual([
      "c/_conflict.md:3:8: start: is not a real calendar date in the form YYYY-MM-DD. Fix: give day 1 of the war as YYYY-MM-DD, e.g. start: 2022-02-24",
    ]);
  });

  it("rejects a missing start", () => {
    const { issues } = parseConflict("c/_conflict.md", "x", readFixture("conflicts/missing-start.md"));
    expect(issues.map((i) => formatIssue(i))).toEqual([
      "c/_conflict.md:2:1: start: is required but missing. Fix: give day 1 of the war as YYYY-MM-DD, e.g. start: 2022-02-24",
    ]);
  });
});

describe("readContent", () => {
  it("reads a valid directory of two conflicts, with BOM and CRLF files", () => {
    const snapshot = loadContent(path.join(FIXTURES, "content-multi"));
    expect(snapshot.issues.filter(isError)).toEqual([]);
    expect(snapshot.conflicts.map((c) => c.slug)).toEqual(["israel-gaza", "sample-war"]);
    expect(snapshot.briefings.get("israel-gaza")?.map((b) => [b.date, b.day])).toEqual([["2023-10-07", 1], ["2024-01-07", 93], ["2024-10-07", 367]]);
    const crlf = snapshot.briefings.get("sample-war")?.find((b) => b.date === "2024-03-10");
    expect(crlf?.title).toBe("Sections out of order");
    expect(crlf?.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual([
      "Fighting item DELTA.", "Fighting paragraph ECHO.", "Diplomacy item CHARLIE.", "Arms item ALPHA.", "Arms item BRAVO.",
    ]);
    expect(snapshot.briefings.get("sample-war")?.filter((b) => b.draft).map((b) => b.date)).toEqual(["2024-03-12"]);
  });

  it("reports every problem of a broken directory in one pass, sorted by file and line", () => {
    const dir = path.join(FIXTURES, "broken-content");
    const lines = sortIssues(loadContent(dir).issues).map((issue) => formatIssue(issue, dir));
    expect(lines).toEqual([
      'Bad_Slug:1:1: folder name: "Bad_Slug" is not a valid conflict slug. Fix: use lowercase letters, digits and hyphens, e.g. russia-ukraine',
      'war-a/2023-12-31.md:1:1: file name: 2023-12-31 is before day 1 of the War A, Monday, 1 January 2024. Fix: rename the file to a date on or after 2024-01-01, or correct "start" in _conflict.md',
      'war-a/2024-01-02.md:2:1: summary: is required but missing. Fix: write a summary of 1–300 characters, e.g. summary: "Russian missiles strike Pokrovsk; …"',
      'war-a/2024-01-02.md:2:1: sumary: unknown key "sumary". Fix: did you mean "summary"? Rename the key',
      'war-a/2024-02-30.md:1:1: file name: "2024-02-30.md" is not a real calendar date. Fix: name each briefing after its day as YYYY-MM-DD.md, e.g. 2024-01-07.md',
      'war-a/notes.md:1:1: file name: "notes.md" is not named after a date. Fix: name each briefing after its day as YYYY-MM-DD.md, e.g. 2024-01-07.md',
      'war-a/notes.md:1:1: front matter: the file does not start with front matter. Fix: begin the file with a line "---", then fields such as summary: …, then another "---"',
      'war-a/notes.md:1:1: body: the briefing has no section. Fix: add at least one section: a line "## Battlefield", "## Politics and diplomacy" or "## Weapons", followed by its items',
    ]);
  });

  it("reports a missing content directory instead of throwing", () => {
    const snapshot = loadContent(path.join(FIXTURES, "does-not-exist"));
    expect(snapshot.issues.map((i) => i.message)).toEqual(["the content directory does not exist"]);
  });
});
