import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatCodeFrame } from "@/lib/content/code-frame";
import { ISSUE_CATALOGUE, type IssueName } from "@/lib/content/issue-catalogue";
import { formatIssue } from "@/lib/content/issues";
import { russiaUkraine, parseDay } from "../helpers";
import { buildBrokenFolder, formatExample } from "../content/issue-examples";

const editing = fs.readFileSync(path.resolve(import.meta.dirname, "../../../EDITING.md"), "utf8");
const NAMES = Object.keys(ISSUE_CATALOGUE) as IssueName[];
const ENTRIES = NAMES.map((name) => ({ name, ...ISSUE_CATALOGUE[name] }));

/** EDITING.md lists every problem the checker can report: its code, name, meaning and an example that is exactly what the checker prints. */
describe("EDITING.md", () => {
  const folder = buildBrokenFolder();
  afterAll(() => folder.remove());
  const examples = new Map(NAMES.map((name) => [name, formatExample(name, folder)]));

  it.each(ENTRIES)("lists $code $name with its meaning and the exact example", ({ name, code, title }) => {
    const row = editing.split("\n").find((line) => line.startsWith(`| ${code} | ${name} |`));
    expect(row, `no table row for ${code}`).toBeDefined();
    expect(row).toContain(title);
    const example = examples.get(name);
    expect(example).toMatch(new RegExp(`\\[${code} ${name}\\]$`));
    expect(editing.split("\n")).toContain(example);
  });

  it("mentions no code the catalogue does not have", () => {
    const known = new Set<string>(ENTRIES.map((e) => e.code));
    const mentioned = [...new Set(editing.match(/\bDB\d{3}\b/g) ?? [])];
    expect(mentioned.filter((code) => !known.has(code))).toEqual([]);
    expect(mentioned.length).toBeGreaterThanOrEqual(known.size);
  });

  it("shows no example line that the checker does not print", () => {
    const shown = editing.split("\n").filter((line) => /^content\/.*: .+\. Fix: .+ \[DB\d{3} [a-z0-9-]+\]$/.test(line));
    const printed = new Set([...examples.values(), codeFrameExample().split("\n")[0]]);
    expect(shown.filter((line) => !printed.has(line))).toEqual([]);
  });

  it("shows the code frame exactly as content:check prints it", () => {
    expect(editing).toContain(codeFrameExample());
  });
});

/** The first example of EDITING.md: a misspelt key, with its code frame. */
function codeFrameExample(): string {
  const text = "---\nsummary: Fine.\nsumary: A typo.\n---\n## Battlefield\n- Item.\n";
  const { issues } = parseDay("content/russia-ukraine/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
  const [issue] = issues;
  if (!issue || issues.length !== 1) throw new Error("expected exactly one problem");
  return `${formatIssue(issue)}\n${formatCodeFrame(text, issue.line, issue.column)}`;
}
