import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { createIssue, type ContentIssue } from "./issues";

export type FieldPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** Finds the position in the file of a key (or of its value) by its path, e.g. ["sources", 0, "url"]. */
export type Locate = (path: FieldPath, part?: "key" | "value") => Position;

/** YAML text parsed with the position of every key and value. */
export interface ParsedYaml {
  /** The YAML as plain data (null for an empty document); undefined when it could not be parsed. */
  data: unknown;
  locate: Locate;
  issues: ContentIssue[];
}

/** The first line of a YAML error message, without its final full stop. */
function firstLine(text: string): string {
  return text.split("\n")[0]?.replace(/\.$/, "") ?? "";
}

/**
 * Parses YAML (front matter, or a whole file such as `_places.yml`), keeping the
 * position of every key so that validation can point at it. `lineOffset` is the
 * number of lines of the file before the YAML (1 for front matter after its "---").
 * Duplicate keys, syntax errors and unresolvable aliases become positioned issues
 * (their field is `field`).
 */
export function parseYaml(file: string, yamlText: string, lineOffset: number, field = "front matter"): ParsedYaml {
  const issues: ContentIssue[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const yamlLines = yamlText.split("\n");
  for (const error of doc.errors) {
    let position = toPosition(error.pos[0]);
    // yaml notices a missing closing quote only at the end; point at the opening one instead.
    if (error.code === "MISSING_CHAR" && /quote/i.test(error.message)) {
      const opening = yamlLines.findLastIndex((line, i) => i < position.line - lineOffset && /:\s+["']/.test(line));
      if (opening >= 0) position = { line: opening + 1 + lineOffset, column: (yamlLines[opening]?.search(/["']/) ?? 0) + 1 };
    }
    issues.push(createIssue("malformed-yaml", { file, ...position }, field, { reason: firstLine(error.message) }));
  }

  const locate: Locate = (path, part = "key") => {
    let node: unknown = doc.contents;
    let found: Position = { line: 1 + lineOffset, column: 1 };
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
        if (!pair) break;
        const target = (last && part === "key" ? pair.key : (pair.value ?? pair.key)) as Node | null;
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
      data = doc.toJS({ maxAliasCount: 50 }) ?? null;
    } catch (error) {
      const alias = yamlLines.findIndex((line) => /(^|[\s:[,-])\*[^\s,\]}]+/.test(line));
      const at = { file, line: alias >= 0 ? alias + 1 + lineOffset : 1 + lineOffset, column: alias >= 0 ? (yamlLines[alias]?.indexOf("*") ?? 0) + 1 : 1 };
      issues.push(createIssue("yaml-alias", at, field, { reason: error instanceof Error ? firstLine(error.message) : "it cannot be read" }));
    }
  }
  return { data, locate, issues };
}
