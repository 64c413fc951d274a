import { createIssue, type ContentIssue } from "./issues";
import { parseYaml, type FieldPath, type Locate, type Position } from "./parse-yaml";

export type { FieldPath, Position };

/** A file split into parsed YAML front matter and a Markdown body, with positions. */
interface SplitFile {
  /** The YAML as plain data; undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** 0-based line of the file on which the body starts. */
  bodyStartLine: number;
  /** Position in the file of a key (or of its value) in the front matter. */
  locate: Locate;
  issues: ContentIssue[];
}

/** Strips a UTF-8 byte-order mark and turns CRLF (or lone CR) line endings into LF. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits a Markdown file into front matter and body and parses the YAML, keeping
 * the positions of every key so that later validation can point at them.
 */
export function parseFrontMatter(file: string, rawText: string): SplitFile {
  const lines = normalizeText(rawText).split("\n");
  const issues: ContentIssue[] = [];
  const top: Position = { line: 1, column: 1 };
  if (!FENCE.test(lines[0] ?? "")) {
    issues.push(createIssue("no-front-matter", { file, ...top }, "front matter"));
    return { data: undefined, body: lines.join("\n"), bodyStartLine: 0, locate: () => top, issues };
  }
  const close = lines.findIndex((line, index) => index > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (close === -1) {
    issues.push(createIssue("front-matter-not-closed", { file, ...top }, "front matter"));
    return { data: undefined, body: "", bodyStartLine: lines.length, locate: () => top, issues };
  }
  const yaml = parseYaml(file, lines.slice(1, close).join("\n"), 1);
  return {
    data: yaml.data === undefined ? undefined : (yaml.data ?? {}),
    body: lines.slice(close + 1).join("\n"),
    bodyStartLine: close + 1,
    locate: yaml.locate,
    issues: [...issues, ...yaml.issues],
  };
}
