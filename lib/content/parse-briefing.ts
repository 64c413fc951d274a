import { createIssue, isError, type ContentIssue, type IssueLocation } from "./issues";
import { isIsoDate } from "@/lib/dates";
import { format } from "date-fns";
import { parseFrontMatter, type Position } from "./front-matter";
import { lintBriefing } from "./lint-briefing";
import { parseBody } from "./parse-body";
import { briefingFrontMatterSchema, type BriefingFrontMatter, type BriefingSection, type Conflict } from "./schema";
import { SECTION_KEYS } from "@/lib/sections";
import { mapZodIssues, type FieldHints } from "./zod-issues";

const HINTS: FieldHints = {
  summary: 'write a summary of 1–300 characters, e.g. summary: "Russian missiles strike Pokrovsk; …"',
  title: "write a headline of 1–200 characters, or remove the line",
  date: "write the file's own date as YYYY-MM-DD, or remove the line (the file name gives the date)",
  sources: 'list sources as "- name: Reuters" with an optional "  url: https://…" under each',
  "sources.name": 'give the publisher\'s name, e.g. "- name: Reuters"',
  "sources.url": "give an absolute http:// or https:// URL, or remove the url line",
  updated: "write an ISO 8601 date-time with a time zone, e.g. updated: 2024-01-07T18:30:00Z",
  draft: "write draft: true or draft: false",
  corrections: 'list corrections as "- date: 2024-01-09" with "  text: What was wrong and what is right." under each',
  "corrections.date": "write the date of the correction as YYYY-MM-DD or an ISO 8601 date-time, e.g. 2024-01-09T10:00:00Z",
  "corrections.text": "say what was wrong and what is right",
  places: 'list place names, e.g. places: [Pokrovsk, Crimea] or one "- Pokrovsk" per line',
  topics: 'list topics, e.g. topics: [missile strikes, prisoner exchanges] or one "- …" per line',
};

const ALLOWED_KEYS = Object.keys(briefingFrontMatterSchema.shape);
const NESTED_KEYS: Record<string, readonly string[]> = { sources: ["name", "url"], corrections: ["date", "text"] };

/** What is wrong with a briefing's file name (`date` is the date it gives, when it has the YYYY-MM-DD.md shape). */
function describeBadFileName(at: IssueLocation, fileName: string, date: string | undefined): ContentIssue {
  if (date) return createIssue("not-a-calendar-date", at, "file name", { fileName });
  const prefix = /^(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
  if (prefix && isIsoDate(prefix)) return createIssue("file-name-not-exact", at, "file name", { fileName, date: prefix });
  return createIssue("file-name-not-a-date", at, "file name", { fileName });
}

/** The date a briefing's file name gives, or undefined when the name is not YYYY-MM-DD.md. */
export function parseBriefingFileName(name: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})\.md$/.exec(name);
  return match?.[1];
}

/** A day's file, parsed and validated, before enrichment (day number, `modified`, tags). */
export interface ParsedDay {
  date: string;
  front: BriefingFrontMatter;
  ledeHtml?: string;
  sections: BriefingSection[];
  /** Where each entry of `places:` is in the file, for the gazetteer's warnings. */
  placesAt: Position[];
}

/** What parsing one day's file gives: every problem, and the parsed day when no problem is an error. */
export interface ParseResult {
  day?: ParsedDay;
  issues: ContentIssue[];
}

/**
 * Parses and validates one day's briefing. Every problem is returned, with its
 * position; the parsed day is returned only when there is no error.
 */
export function parseBriefing(
  file: string,
  fileName: string,
  text: string,
  conflict: Conflict | undefined,
  options: { today?: string } = {},
): ParseResult {
  const issues: ContentIssue[] = [];
  const at = { file, line: 1, column: 1 };
  const date = parseBriefingFileName(fileName);
  if (!date || !isIsoDate(date)) issues.push(describeBadFileName(at, fileName, date));

  const split = parseFrontMatter(file, text);
  issues.push(...split.issues);
  const result = split.data === undefined ? undefined : briefingFrontMatterSchema.safeParse(split.data ?? {}, { reportInput: true });
  if (result && !result.success) {
    issues.push(...mapZodIssues(file, result.error, split.locate, (path) => (path.length ? (NESTED_KEYS[String(path[0])] ?? ALLOWED_KEYS) : ALLOWED_KEYS), HINTS));
  }
  const front = result?.success ? result.data : undefined;
  const validDate = date && isIsoDate(date) ? date : undefined;

  if (front?.date && validDate && front.date !== validDate) {
    issues.push(createIssue("date-mismatch", { file, ...split.locate(["date"], "value") }, "date", { date: front.date, fileDate: validDate }));
  }
  if (validDate && conflict && validDate < conflict.start) {
    issues.push(createIssue("before-start", at, "file name", { date: validDate, conflict: conflict.name, start: conflict.start }));
  }

  const body = parseBody(file, split.body, split.bodyStartLine);
  issues.push(...body.issues);
  if (front && validDate && conflict && validDate >= conflict.start) {
    const lede = body.lede && { text: body.lede.text, line: body.lede.line + split.bodyStartLine + 1 };
    const today = options.today ?? format(new Date(), "yyyy-MM-dd");
    issues.push(...lintBriefing({ file, date: validDate, conflict, front, locate: split.locate, lede, today }));
  }
  if (issues.some(isError) || !front || !validDate || !conflict) return { issues };

  // Sections in their fixed order, whatever the file's order.
  const sections = SECTION_KEYS.flatMap((key) => body.sections.filter((s) => s.key === key));
  const placesAt = (front.places ?? []).map((_, index) => split.locate(["places", index], "value"));
  return { issues, day: { date: validDate, front, ledeHtml: body.ledeHtml, sections, placesAt } };
}
