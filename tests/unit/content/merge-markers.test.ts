import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { formatIssue, formatIssuePath } from "@/lib/content/issues";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { findMergeMarkers } from "@/lib/content/merge-markers";
import { parseConflict } from "@/lib/content/parse-conflict";
import { readFixture, russiaUkraine, parseDay } from "../helpers";

const FILE = "content/russia-ukraine/2024-01-07.md";
const parse = (text: string) => parseDay(FILE, "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
const where = (issues: { line: number; column: number; code: string; field: string }[]) => issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

/** The issue's example: a day whose body, or front matter, still holds both sides of a merge. */
const BODY = readFixture("malformed/91-merge-conflict-in-body.md");
const FRONT = readFixture("malformed/92-merge-conflict-in-front-matter.md");

describe("merge conflict markers (DB012)", () => {
  const temporary: string[] = [];
  afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it("reject the issue's example, two contradicting items, naming every marker line", () => {
    const { briefing, issues } = parse(BODY);
    expect(briefing).toBeUndefined();
    expect(issues.map((issue) => formatIssue(issue))).toEqual([
      `${FILE}:5:1: body: unresolved merge conflict: keep one version and delete the markers ("<<<<<<< HEAD" opens the conflict). Fix: keep the lines of the version that is right, then delete the other version and every marker line (<<<<<<<, ======= and >>>>>>>) [DB012 merge-conflict]`,
      `${FILE}:7:1: body: unresolved merge conflict: keep one version and delete the markers ("=======" separates the two versions). Fix: keep the lines of the version that is right, then delete the other version and every marker line (<<<<<<<, ======= and >>>>>>>) [DB012 merge-conflict]`,
      `${FILE}:9:1: body: unresolved merge conflict: keep one version and delete the markers (">>>>>>> feature" closes the conflict). Fix: keep the lines of the version that is right, then delete the other version and every marker line (<<<<<<<, ======= and >>>>>>>) [DB012 merge-conflict]`,
    ]);
  });

  it("give front matter the same message, not malformed YAML", () => {
    const { briefing, issues } = parse(FRONT);
    expect(briefing).toBeUndefined();
    expect(where(issues)).toEqual(["2:1 DB012 front matter", "4:1 DB012 front matter", "6:1 DB012 front matter"]);
    expect(issues.map((i) => i.code)).not.toContain("DB103");
    // The YAML parser alone calls the same text malformed: the markers' check must run first.
    expect(parseFrontMatter(FILE, FRONT).issues.map((i) => i.code)).toContain("DB103");
  });

  it("find a conflict that spans the end of the front matter, diff3's ancestor marker, CRLF and a BOM", () => {
    const text = "\uFEFF---\r\nsummary: One.\r\n<<<<<<< ours\r\n---\r\n## Battlefield\r\n||||||| base\r\n=======\r\ntitle: Two\r\n---\r\n>>>>>>> theirs\r\n";
    expect(where(findMergeMarkers(FILE, text))).toEqual(["3:1 DB012 front matter", "6:1 DB012 body", "7:1 DB012 body", "10:1 DB012 body"]);
  });

  it("leave alone what only looks like a marker: longer runs, setext underlines, markers inside a line, glued labels", () => {
    const text = [
      "---",
      "summary: Fine.",
      "---",
      "## Battlefield",
      "- An item about <<<<<<< and >>>>>>> in the middle of a line.",
      "- Another item.",
      "",
      "========",
      "<<<<<<<<",
      ">>>>>>>>> eight",
      "=======x",
      " =======",
    ].join("\n");
    expect(findMergeMarkers(FILE, text)).toEqual([]);
  });

  it("catch exactly seven = even under a line of text, where Markdown would see a heading: git's markers are the rule", () => {
    const text = "---\nsummary: Fine.\n---\n## Battlefield\nKharkiv\n=======\n- An item.\n";
    expect(where(parse(text).issues)).toEqual(["6:1 DB012 body"]);
  });

  it("report markers in _conflict.md, front matter and about text alike", () => {
    const text = "---\nname: A war\n<<<<<<< HEAD\nstart: 2022-02-24\n=======\nstart: 2022-02-25\n>>>>>>> fix-start\n---\nAbout.\n<<<<<<< HEAD\n";
    const { conflict, issues } = parseConflict("content/a-war/_conflict.md", "a-war", text);
    expect(conflict).toBeUndefined();
    expect(where(issues)).toEqual(["3:1 DB012 front matter", "5:1 DB012 front matter", "7:1 DB012 front matter", "10:1 DB012 body"]);
  });

  it("keep the file off the site: a content folder with a conflicted day publishes the others only", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-merge-"));
    temporary.push(root);
    const war = path.join(root, "russia-ukraine");
    fs.mkdirSync(war);
    fs.writeFileSync(path.join(war, "_conflict.md"), "---\nname: Russia–Ukraine war\nstart: 2022-02-24\n---\n");
    fs.writeFileSync(
      path.join(war, "2024-01-06.md"),
      "---\nsummary: A quiet day.\nsources:\n  - id: a\n    name: A\n    url: https://example.org/a\n---\n## Battlefield\n- Nothing.[^a]\n",
    );
    fs.writeFileSync(path.join(war, "2024-01-07.md"), BODY);
    const content = loadContent(root);
    expect(content.briefings.get("russia-ukraine")?.map((b) => b.date)).toEqual(["2024-01-06"]);
    expect(content.issues.map((i) => `${formatIssuePath(i.file, root)}:${i.line}:${i.column} ${i.code}`)).toEqual([
      "russia-ukraine/2024-01-07.md:5:1 DB012",
      "russia-ukraine/2024-01-07.md:7:1 DB012",
      "russia-ukraine/2024-01-07.md:9:1 DB012",
    ]);
  });
});
