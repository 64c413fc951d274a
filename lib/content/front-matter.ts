import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { createIssue, type ContentIssue } from "./issues";

export type FieldPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A file split into parsed YAML front matter and a Markdown body, with positions. */
interface SplitFile {
  /** The YAML as plain data; undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** 0-based line of the file on which the body starts. */
  bodyStartLine: number;
  /** Position in the file of a key (or of its value) in the front matter. */
  locate(path: FieldPath, part?: "key" | "value"): Position;
  issues: ContentIssue[];
}

/** Strips a UTF-8 byte-order mark and turns CRLF (or lone CR) line endings into LF. */
function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

const FENCE = /^---[ \t]*$/;

/** The first line of a YAML error message, without its final full stop. */
function firstLine(text: string): string {
  return text.split("\n")[0]?.replace(/\.$/, "") ?? "";
}

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

  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join("\n"), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const yamlLines = lines.slice(1, close);
  for (const error of doc.errors) {
    let position = toPosition(error.pos[0]);
    // yaml notices a missing closing quote only at the end; point at the opening one instead.
    if (error.code === "MISSING_CHAR" && /quote/i.test(error.message)) {
      const opening = yamlLines.findLastIndex((line, i) => i < position.line - 1 && /:\s+["']/.test(line));
      if (opening >= 0) position = { line: opening + 2, column: (yamlLines[opening]?.search(/["']/) ?? 0) + 1 };
    }
    issues.push(createIssue("malformed-yaml", { file, ...position }, "front matter", { reason: firstLine(error.message) }));
  }

  const locate = (path: FieldPath, part: "key" | "value" = "key"): Position => {
    let node: unknown = doc.contents;
    let found: Position = { line: 2, column: 1 };
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
        if (!pair) break;
        const target = (last && part === "key" ? pair.key : pair.value ?? pair.key) as Node | null;
        if (target?.range) found = toPosition(target.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (item?.range) found = toPosition(item.range[0]);
        node = item;
      } else break;
    }
    return found;
  };

  let data: unknown;
  if (issues.length === 0) {
    try {
      // toJS resolves aliases: an unknown anchor, or an alias bomb, throws here.
      data = doc.toJS({ maxAliasCount: 50 }) ?? {};
    } catch (error) {
      const alias = yamlLines.findIndex((line) => /(^|[\s:[,-])\*[^\s,\]}]+/.test(line));
      const at = { file, line: alias >= 0 ? alias + 2 : 2, column: alias >= 0 ? (yamlLines[alias]?.indexOf("*") ?? 0) + 1 : 1 };
      issues.push(createIssue("yaml-alias", at, "front matter", { reason: error instanceof Error ? firstLine(error.message) : "it cannot be read" }));
    }
  }
  return {
    data,
    body: lines.slice(close + 1).join("\n"),
    bodyStartLine: close + 1,
    locate,
    issues,
  };
}
