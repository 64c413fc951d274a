import type { Token } from "markdown-it";
import type { ContentIssue } from "./issues";
import { getPlainText, markdown, renderBlocks, renderInline } from "./markdown";
import { checkTokens, createBodyReporter, type Report } from "./markdown-checks";
import type { BriefingItem } from "./schema";
import { parseSectionHeading, SECTION_LABELS, type SectionKey } from "@/lib/sections";

/** A briefing body split into its lede and its typed sections, in file order. */
interface ParsedBody {
  ledeHtml?: string;
  /** Plain text of the lede and the 0-based body line it starts on, for checks. */
  lede?: { text: string; line: number };
  sections: { key: SectionKey; heading: string; items: BriefingItem[] }[];
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

function toItem(tokens: Token[]): BriefingItem {
  const only = tokens.length === 3 && tokens[0]!.type === "paragraph_open" ? tokens[1] : undefined;
  return { html: only ? renderInline(only.children ?? []) : renderBlocks(tokens), text: getPlainText(tokens) };
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

  const tokens = markdown.parse(body, {});
  checkTokens(tokens, report, lines);

  const sections: ParsedBody["sections"] = [];
  const seen = new Map<SectionKey, number>();
  const itemLines = new Map<string, number>(); // normalized text → line of its first occurrence
  const lede: Token[] = [];
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
      lede.push(...block);
    } else if (current) {
      const isList = token.type === "bullet_list_open" || token.type === "ordered_list_open";
      const entries = isList ? splitListItems(block) : [{ tokens: block, line: token.map?.[0] ?? 0 }];
      for (const entry of entries) {
        const item = toItem(entry.tokens);
        checkItem(item.text, entry.line, itemLines, report, fileLine);
        current.items.push(item);
      }
    }
  }
  closeSection();

  if (seen.size === 0 && !issues.some((issue) => issue.field === "heading")) {
    report(Math.max(0, lines.findIndex((line) => line.trim() !== "")), "", "body", "no-section");
  }
  const ledeHtml = lede.length > 0 ? renderBlocks(lede) : undefined;
  const ledeText = getPlainText(lede);
  return {
    ledeHtml: ledeHtml || undefined,
    lede: ledeText ? { text: ledeText, line: lede[0]?.map?.[0] ?? 0 } : undefined,
    sections,
    issues,
  };
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
