import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssuePath, isError, sortIssues, type ContentIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content";
import { FIXTURES } from "../helpers";

/** An issue as "path:line:column code field", its path relative to `dir`. */
const where = (dir: string) => (issue: ContentIssue) => `${formatIssuePath(issue.file, dir)}:${issue.line}:${issue.column} ${issue.code} ${issue.field}`;

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
    expect(sortIssues(loadContent(dir).issues).map(where(dir))).toEqual([
      "Bad_Slug:1:1 DB008 folder name",
      "war-a/2023-12-31.md:1:1 DB205 file name",
      "war-a/2024-01-02.md:2:1 DB105 summary",
      "war-a/2024-01-02.md:2:1 DB104 sumary",
      "war-a/2024-02-30.md:1:1 DB202 file name",
      "war-a/notes.md:1:1 DB201 file name",
      "war-a/notes.md:1:1 DB101 front matter",
      "war-a/notes.md:1:1 DB308 body",
    ]);
  });

  it("reports a missing content directory instead of throwing", () => {
    const dir = path.join(FIXTURES, "does-not-exist");
    expect(loadContent(dir).issues.map(where(FIXTURES))).toEqual(["does-not-exist:1:1 DB011 CONTENT_DIR"]);
  });
});

describe("malformed files on disk", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-malformed-"));
  const war = path.join(root, "russia-ukraine");
  fs.mkdirSync(war);
  fs.writeFileSync(path.join(war, "_conflict.md"), "---\nname: Russia–Ukraine war\nstart: 2022-02-24\n---\n");
  const good = '---\nsummary: s\nsources: [{ id: s, name: S, url: "https://example.org/" }]\n---\n## Battlefield\n- a[^s]\n';
  fs.writeFileSync(path.join(war, "2024-01-01.md"), `---\nsummary: s\n---\n## Battlefield\n- a\u0000b\n`);
  fs.writeFileSync(path.join(war, "2024-01-02.md"), Buffer.concat([Buffer.from("---\nsummary: caf"), Buffer.from([0xe9]), Buffer.from("\n---\n## Battlefield\n- a\n")]));
  fs.writeFileSync(path.join(war, "2024-01-03.md"), `---\nsummary: s\n---\n## Battlefield\n${"- a long item of filler text\n".repeat(190_000)}`);
  fs.symlinkSync("/etc/passwd", path.join(war, "2024-01-04.md"));
  fs.mkdirSync(path.join(war, "2024-01-05.md"));
  fs.writeFileSync(path.join(war, "2024-01-06.md"), good);
  fs.writeFileSync(path.join(war, "2024-01-06 (1).md"), good);
  fs.writeFileSync(path.join(war, "день.md"), good);
  fs.writeFileSync(path.join(war, "2024-01-07.md.md"), good);
  fs.writeFileSync(path.join(war, "2024-01-08"), good);
  fs.writeFileSync(path.join(root, "stray.md"), good);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const snapshot = loadContent(root);
  const byFile = (name: string) => snapshot.issues.filter((i) => path.relative(root, i.file) === name).map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`);

  it.each([
    ["russia-ukraine/2024-01-01.md", "5:4 DB006 file"],
    ["russia-ukraine/2024-01-02.md", "1:1 DB005 file"],
    ["russia-ukraine/2024-01-03.md", "1:1 DB004 file"],
    ["russia-ukraine/2024-01-04.md", "1:1 DB002 file"],
    ["russia-ukraine/2024-01-05.md", "1:1 DB003 file"],
    ["russia-ukraine/2024-01-06 (1).md", "1:1 DB203 file name"],
    ["russia-ukraine/день.md", "1:1 DB201 file name"],
    ["russia-ukraine/2024-01-07.md.md", "1:1 DB203 file name"],
    ["russia-ukraine/2024-01-08", "1:1 DB203 file name"],
    ["stray.md", "1:1 DB007 file"],
  ])("%s", (file, expected) => {
    expect(byFile(file)).toEqual([expected]);
  });

  it("says how large a file is, and the limit", () => {
    const [tooLarge] = snapshot.issues.filter((i) => i.code === "DB004");
    expect(tooLarge?.message).toMatch(/^is \d+ bytes; the limit is 1048576$/);
  });

  it("still reads the good file beside them, and never follows the symlink", () => {
    expect(snapshot.briefings.get("russia-ukraine")?.map((b) => b.date)).toEqual(["2024-01-06"]);
    expect(JSON.stringify(snapshot)).not.toContain("root:x:0:0");
  });
});

describe("a conflict folder", () => {
  it("without _conflict.md is reported, and its days are still checked", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-folder-"));
    fs.mkdirSync(path.join(root, "some-war"));
    fs.writeFileSync(path.join(root, "some-war", "2024-01-07.md"), "---\nsumary: s\n---\n## Battlefield\n- a\n");
    fs.mkdirSync(path.join(root, "search"));
    try {
      expect(sortIssues(loadContent(root).issues).map(where(root))).toEqual([
        "search:1:1 DB009 folder name",
        "some-war:1:1 DB010 _conflict.md",
        "some-war/2024-01-07.md:2:1 DB105 summary",
        "some-war/2024-01-07.md:2:1 DB104 sumary",
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
