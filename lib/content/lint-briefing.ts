import { computeDayNumber } from "@/lib/dates";
import { createIssue, type ContentIssue } from "./issues";
import type { FieldPath, Position } from "./front-matter";
import type { BriefingFrontMatter, Conflict } from "./schema";

interface LintInput {
  file: string;
  date: string;
  conflict: Conflict;
  front: BriefingFrontMatter;
  locate: (path: FieldPath, part?: "key" | "value") => Position;
  /** The lede's plain text and its line in the file. */
  lede?: { text: string; line: number };
  /** Today's date, YYYY-MM-DD, for the future-date warning. */
  today: string;
}

const DAY_MENTION = /\bday\s+(\d{1,5})\b/gi;

/**
 * Warnings: what is suspicious rather than wrong. A day number typed in the
 * text that differs from the computed one (hand-typed counters drift), a date
 * in the future, a source without a URL.
 */
export function lintBriefing({ file, date, conflict, front, locate, lede, today }: LintInput): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const day = computeDayNumber(conflict.start, date);

  const texts: { field: string; text: string; at: Position }[] = [
    ...(front.title ? [{ field: "title", text: front.title, at: locate(["title"], "value") }] : []),
    { field: "summary", text: front.summary, at: locate(["summary"], "value") },
    ...(lede ? [{ field: "lede", text: lede.text, at: { line: lede.line, column: 1 } }] : []),
  ];
  for (const { field, text, at } of texts) {
    for (const match of text.matchAll(DAY_MENTION)) {
      if (Number(match[1]) === day) continue;
      warnings.push(createIssue("day-number-mismatch", { file, ...at }, field, { said: match[0], date, day, conflict: conflict.name }));
    }
  }
  if (date > today) {
    warnings.push(createIssue("future-date", { file, line: 1, column: 1 }, "file name", { date, today }));
  }
  (front.sources ?? []).forEach((source, index) => {
    if (!source.url) {
      warnings.push(createIssue("source-without-url", { file, ...locate(["sources", index], "value") }, `sources[${index}]`, { name: source.name }));
    }
  });
  return warnings;
}
