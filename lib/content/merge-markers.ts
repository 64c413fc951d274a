import { createIssue, type ContentIssue } from "./issues";

/**
 * git's conflict markers as git writes them (its default marker size, 7): `<<<<<<< HEAD`
 * opens a conflict, `||||||| base` starts the common ancestor (diff3 style), `=======`
 * separates the two versions and `>>>>>>> feature` closes it. Exactly seven characters,
 * then the end of the line or a space and git's label. A longer run is not a marker:
 * `========` stays a Markdown setext underline or a rule. Exactly seven `=` alone is a
 * marker even under a line of text, where Markdown would read a level-1 heading, which no
 * content file needs (a briefing may not have one at all).
 */
const MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?$/;

const ROLE: Record<string, string> = {
  "<": "opens the conflict",
  "|": "starts the common ancestor's version",
  "=": "separates the two versions",
  ">": "closes the conflict",
};

const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const FRONT_MATTER_END = /^(---|\.\.\.)[ \t]*$/;

/**
 * Every merge conflict marker line of a content file, each an error at its line,
 * column 1. Runs on the raw text before any parsing: a botched merge must never be
 * published, and in front matter it must not read as mere malformed YAML.
 */
export function findMergeMarkers(file: string, text: string): ContentIssue[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const opensFrontMatter = FRONT_MATTER_FENCE.test(lines[0] ?? "");
  let inFrontMatter = opensFrontMatter;
  const issues: ContentIssue[] = [];
  for (const [index, line] of lines.entries()) {
    if (index > 0 && inFrontMatter && FRONT_MATTER_END.test(line)) inFrontMatter = false;
    const marker = MARKER.exec(line)?.[1];
    if (!marker) continue;
    const field = inFrontMatter ? "front matter" : "body";
    const shown = line.length > 60 ? `${line.slice(0, 59)}…` : line;
    issues.push(createIssue("merge-conflict", { file, line: index + 1, column: 1 }, field, { marker: shown, role: ROLE[marker[0]!] ?? "" }));
  }
  return issues;
}
