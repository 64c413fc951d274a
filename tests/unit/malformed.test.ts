import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue, isError } from "@/lib/content/issues";
import { loadContent } from "@/lib/content";
import { FIXTURES, russiaUkraine, parseDay } from "./helpers";

interface Expected { file: string; fileName: string; line: number; field: string; fragment: string }
const DIR = path.join(FIXTURES, "malformed");
const EXPECTED: Expected[] = JSON.parse(fs.readFileSync(path.join(DIR, "expected.json"), "utf8"));

describe(`malformed content: ${EXPECTED.length} fixture files, each with its own targeted error`, () => {
  it("covers at least 60 files, all listed", () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(60);
    expect(fs.readdirSync(DIR).filter((n) => n.endsWith(".md")).sort()).toEqual(EXPECTED.map((e) => e.file).sort());
  });

  it.each(EXPECTED)("$file → line $line, $field: …$fragment…", ({ file, fileName, line, field, fragment }) => {
    const text = fs.readFileSync(path.join(DIR, file), "utf8");
    const { briefing, issues } = parseDay(`content/russia-ukraine/${fileName}`, fileName, text, russiaUkraine, { today: "2026-11-29" });
    expect(briefing).toBeUndefined();
    const errors = issues.filter(isError);
    const match = errors.find((e) => e.line === line && e.field === field && `${e.message} ${e.hint}`.includes(fragment));
    expect(match, errors.map((e) => formatIssue(e)).join("\n")).toBeDefined();
    for (const error of errors) expect(error.column).toBeGreaterThanOrEqual(1);
  });
});

describe("malformed files on disk", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-malformed-"));
  const war = path.join(root, "russia-ukraine");
  fs.mkdirSync(war);
  fs.writeFileSync(path.join(war, "_conflict.md"), "---\nname: Russia–Ukraine war\nstart: 2022-02-24\n---\n");
  const good = "---\nsummary: s\n---\n## Battlefield\n- a\n";
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
  const byFile = (name: string) => snapshot.issues.filter((i) => path.relative(root, i.file) === name).map((i) => `${i.line}:${i.column}: ${i.field}: ${i.message}`);

  it.each([
    ["russia-ukraine/2024-01-01.md", "5:4: file: contains a NUL byte"],
    ["russia-ukraine/2024-01-02.md", "1:1: file: is not valid UTF-8 text"],
    ["russia-ukraine/2024-01-03.md", /^1:1: file: is \d+ bytes; the limit is 1048576$/],
    ["russia-ukraine/2024-01-04.md", "1:1: file: symbolic links are not allowed in the content directory"],
    ["russia-ukraine/2024-01-05.md", "1:1: file: is not a regular file"],
    ["russia-ukraine/2024-01-06 (1).md", '1:1: file name: "2024-01-06 (1).md" is not exactly YYYY-MM-DD.md'],
    ["russia-ukraine/день.md", '1:1: file name: "день.md" is not named after a date'],
    ["russia-ukraine/2024-01-07.md.md", '1:1: file name: "2024-01-07.md.md" is not exactly YYYY-MM-DD.md'],
    ["russia-ukraine/2024-01-08", '1:1: file name: "2024-01-08" is not exactly YYYY-MM-DD.md'],
    ["stray.md", "1:1: file: files belong in a conflict's folder, not at the top of the content directory"],
  ])("%s", (file, expected) => {
    const found = byFile(file);
    expect(found).toHaveLength(1);
    if (typeof expected === "string") expect(found[0]).toBe(expected);
    else expect(found[0]).toMatch(expected);
  });

  it("still reads the good file beside them, and never follows the symlink", () => {
    expect(snapshot.briefings.get("russia-ukraine")?.map((b) => b.date)).toEqual(["2024-01-06"]);
    expect(JSON.stringify(snapshot)).not.toContain("root:x:0:0");
  });
});
