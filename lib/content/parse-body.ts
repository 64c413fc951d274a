import type { Env, Token } from "markdown-it";
import { extractMarkers, type Marker } from "./citation-markers";
import { createIssue, type ContentIssue } from "./issues";
import { getPlainText, markdown, renderBlocks, renderInline, type RenderEnv } from "./markdown";
import { checkTokens, createBodyReporter, type Report } from "./markdown-checks";
import { parseSectionHeading, SECTION_LABELS, type SectionKey } from "@/lib/sections";

/**
 * One section item or lede paragraph, parsed but not yet rendered (its citations
 * are numbered across the whole page first): its tokens with the citation
 * markers taken out, its plain text, what it cites (positions in the file) and
 * the 1-based line of the file it starts on.
 */
export interface BodyUnit {
  tokens: Token[];
  text: string;
  cites: Marker[];
  /** Markers elsewhere in it (reported): the editor meant to cite these. */
  misplaced: Marker[];
  line: number;
  /** 1-based column of its first character on that line (the list marker of a list item). */
  column: number;
}

/** A briefing body split into its lede and its typed sections, in file order. */
interface ParsedBody {
  /** The lede's top-level blocks (paragraphs, mostly), each citing on its own. */
  lede: BodyUnit[];
  /** Plain text of the whole lede and the line of the file it starts on, for checks. */
  ledeText?: { text: string; line: number };
  sections: { key: SectionKey; heading: string; items: BodyUnit[] }[];
  issues: ContentIssue[];
}

/** Index of the token that closes the block opened at `start` (itself for a leaf). */
function findClose(tokens: Token[], start: number): number {
  const open = tokens[start]!;
  if (open.nesting !== 1) return start;
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

/** Renders a section item: a lone paragraph as inline HTML (the page wraps it in its own `<li>`), else its blocks. */
export function renderItem(tokens: Token[], env: RenderEnv): string {
  const only = tokens.length === 3 && tokens[0]!.type === "paragraph_open" ? tokens[1] : undefined;
  return only ? renderInline(only.children ?? [], env) : renderBlocks(tokens, env);
}

/** Splits a top-level list into one item per list entry, with the body line each starts on. */
function splitListItems(tokens: Token[]): { tokens: Token[]; line: number }[] {
  const items: { tokens: Token[]; line: number }[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.type !== "list_item_open") continue;
    const close = findClose(tokens, i);
    items.push({ tokens: tokens.slice(i + 1, close), line: tokens[i]!.map?.[0] ?? 0 });
    i = close;
  }
  return items;
}

/**
 * Parses a briefing's Markdown body. `lineOffset` is the 0-based line of the file
 * where the body starts, so reported positions are positions in the file.
 */
export function parseBody(file: string, body: string, lineOffset: number): ParsedBody {
  const issues: ContentIssue[] = [];
  const lines = body.split("\n");
  const fileLine = (bodyLine: number) => bodyLine + lineOffset + 1;
  const report = createBodyReporter(file, lines, lineOffset, issues);

  const env: Env = {};
  const tokens = markdown.parse(body, env);
  checkTokens(tokens, report, lines);
  reportFootnoteDefinitions(file, lines, lineOffset, env.references ?? {}, issues);
  /** Takes an item's or lede paragraph's citation markers out of its tokens; reports misplaced ones. */
  const toUnit = (unitTokens: Token[], line: number, place: "item" | "paragraph"): BodyUnit => {
    const { cites, misplaced } = extractMarkers(unitTokens, lines, line);
    for (const marker of misplaced) {
      const at = { file, line: fileLine(marker.line), column: marker.column };
      issues.push(createIssue("misplaced-citation", at, "body", { marker: marker.text, place }));
    }
    const inFile = (markers: Marker[]) => markers.map((marker) => ({ ...marker, line: fileLine(marker.line) }));
    const column = Math.max(1, (lines[line] ?? "").search(/\S/) + 1);
    return { tokens: unitTokens, text: getPlainText(unitTokens), cites: inFile(cites), misplaced: inFile(misplaced), line: fileLine(line), column };
  };

  const sections: ParsedBody["sections"] = [];
  const seen = new Map<SectionKey, number>();
  const itemLines = new Map<string, number>(); // normalized text → line of its first occurrence
  const lede: BodyUnit[] = [];
  // undefined before the first heading; null after a heading that names no section.
  let current: ParsedBody["sections"][number] | null | undefined;
  let currentLine = 0;
  const closeSection = () => {
    if (current && current.items.length === 0) {
      report(currentLine, "#", "body", "empty-section", { heading: current.heading });
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const close = findClose(tokens, i);
    const block = tokens.slice(i, close + 1);
    i = close;
    if (token.type === "heading_open") {
      if (token.tag !== "h2") continue; // reported by checkTokens
      const line = token.map?.[0] ?? 0;
      const text = block[1]?.content ?? "";
      const key = parseSectionHeading(text);
      closeSection();
      currentLine = line;
      if (!key) {
        report(line, "#", "heading", "unknown-section", { text });
        current = null;
      } else if (seen.has(key)) {
        report(line, "#", "heading", "section-twice", { heading: SECTION_LABELS[key], firstLine: fileLine(seen.get(key)!) });
        current = null;
      } else {
        seen.set(key, line);
        current = { key, heading: SECTION_LABELS[key], items: [] };
        sections.push(current);
      }
      continue;
    }
    if (token.type === "hr") continue;
    if (current === undefined) {
      lede.push(toUnit(block, token.map?.[0] ?? 0, "paragraph"));
    } else if (current) {
      const isList = token.type === "bullet_list_open" || token.type === "ordered_list_open";
      const entries = isList ? splitListItems(block) : [{ tokens: block, line: token.map?.[0] ?? 0 }];
      for (const entry of entries) {
        const item = toUnit(entry.tokens, entry.line, "item");
        checkItem(item.text, entry.line, itemLines, report, fileLine);
        current.items.push(item);
      }
    }
  }
  closeSection();

  if (seen.size === 0 && !issues.some((issue) => issue.field === "heading")) {
    report(Math.max(0, lines.findIndex((line) => line.trim() !== "")), "", "body", "no-section");
  }
  const ledeText = lede.map((unit) => unit.text).join(" ").trim();
  return { lede, ledeText: ledeText ? { text: ledeText, line: lede[0]!.line } : undefined, sections, issues };
}

/**
 * Reports footnote definitions (`[^reuters]: …`). markdown-it reads them as link
 * reference definitions, which would turn the marker into a link to "…": sources
 * belong in the front matter.
 */
function reportFootnoteDefinitions(file: string, lines: string[], lineOffset: number, references: Record<string, unknown>, issues: ContentIssue[]): void {
  const labels = new Set(Object.keys(references).filter((label) => label.startsWith("^")));
  if (labels.size === 0) return;
  lines.forEach((line, index) => {
    const match = /^( {0,3})\[\^([^\]]+)\]:/.exec(line);
    if (!match || !labels.has(`^${match[2]!.trim().replace(/\s+/g, " ").toLowerCase().toUpperCase()}`)) return;
    issues.push(createIssue("footnote-definition", { file, line: index + lineOffset + 1, column: match[1]!.length + 1 }, "body", { label: match[2]! }));
  });
}

/** Reports an empty item (an error) and an item repeated within the briefing (a warning). */
function checkItem(text: string, line: number, itemLines: Map<string, number>, report: Report, fileLine: (bodyLine: number) => number): void {
  if (!text) {
    report(line, "", "body", "empty-item");
    return;
  }
  const key = text.toLowerCase().replace(/\s+/g, " ");
  const first = itemLines.get(key);
  if (first === undefined) itemLines.set(key, line);
  else report(line, "", "body", "repeated-item", { firstLine: fileLine(first) });
}
