import { createIssue, isError, type ContentIssue, type IssueLocation } from "./issues";
import { isIsoDate } from "@/lib/dates";
import { format } from "date-fns";
import { computeCitations } from "./citations";
import { checkFigures, describeFigureValue } from "./lint-figures";
import { parseFrontMatter, type Position } from "./front-matter";
import { lintBriefing } from "./lint-briefing";
import { checkCitations } from "./lint-citations";
import { findMergeMarkers } from "./merge-markers";
import { parseBody } from "./parse-body";
import { briefingFrontMatterSchema, type BriefingFrontMatter, type BriefingSection, type CitedSource, type Conflict } from "./schema";
import { SECTION_KEYS } from "@/lib/sections";
import { mapZodIssues, type FieldHints } from "./zod-issues";

const HINTS: FieldHints = {
  summary: 'write a summary of 1–300 characters, e.g. summary: "Russian missiles strike Pokrovsk; …"',
  title: "write a headline of 1–200 characters, or remove the line",
  date: "write the file's own date as YYYY-MM-DD, or remove the line (the file name gives the date)",
  sources: 'list sources as "- name: Reuters" with an optional "  url: https://…" under each',
  "sources.id": "give the source a slug to cite it by, e.g. id: reuters-pokrovsk, and end the items it supports with [^reuters-pokrovsk]",
  "sources.name": 'give the publisher\'s name, e.g. "- name: Reuters"',
  "sources.url": "give an absolute http:// or https:// URL, or remove the url line",
  updated: "write an ISO 8601 date-time with a time zone, e.g. updated: 2024-01-07T18:30:00Z",
  publish_at: "write when to publish as an ISO 8601 date-time with a time zone, e.g. publish_at: 2024-01-08T06:00:00+02:00",
  draft: "write draft: true or draft: false",
  corrections: 'list corrections as "- date: 2024-01-09" with "  text: What was wrong and what is right." under each',
  "corrections.date": "write the date of the correction as YYYY-MM-DD or an ISO 8601 date-time, e.g. 2024-01-09T10:00:00Z",
  "corrections.text": "say what was wrong and what is right",
  places: 'list place names, e.g. places: [Pokrovsk, Crimea] or one "- Pokrovsk" per line',
  topics: 'list topics, e.g. topics: [missile strikes, prisoner exchanges] or one "- …" per line',
  "corrections.figure": "give the key of the figure the correction is about, e.g. figure: civilians-killed, or remove the line",
  figures: 'list figures as "- key: civilians-killed" with "  value: 10200" and "  source: <a source id>" under each',
  "figures.key": "give the key of a figure declared in _conflict.md, e.g. key: civilians-killed",
  "figures.value": "write the figure as a plain number, e.g. value: 10200",
  "figures.as_of": "write the date the figure stands at as YYYY-MM-DD, or remove the line: it defaults to the file's date",
  "figures.source": "give the id of the day's source that reports the figure, e.g. source: un-hrmmu",
  "figures.note": "write a note of 1–200 characters, or remove the line",
};

const ALLOWED_KEYS = Object.keys(briefingFrontMatterSchema.shape);
const NESTED_KEYS: Record<string, readonly string[]> = {
  sources: ["id", "name", "url"],
  corrections: ["date", "text", "figure"],
  figures: ["key", "value", "as_of", "source", "note"],
};

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

/**
 * A figure as the day reports it, with the position of its value in the file:
 * the checker points at it when the figure fell across days (figure-history.ts).
 */
export interface ParsedFigure {
  key: string;
  value: number;
  /** The date the value stands at: `as_of`, else the file's date. */
  asOf: string;
  /** The id of the day's source that reports it. */
  source: string;
  note?: string;
  line: number;
  column: number;
}

/** A day's file, parsed and validated, before enrichment (day number, `modified`, tags). */
export interface ParsedDay {
  date: string;
  front: BriefingFrontMatter;
  /** The lede and items rendered with numbered citations (see citations.ts). */
  ledeHtml?: string;
  sections: BriefingSection[];
  /** The sources, numbered in order of first citation (the figures' after the items'). */
  sources: CitedSource[];
  /** The figures, in the order written. */
  figures: ParsedFigure[];
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
  // A botched merge holds two versions stitched together: anything else found in it would mislead.
  const markers = findMergeMarkers(file, text);
  if (markers.length > 0) return { issues: [...issues, ...markers] };

  const split = parseFrontMatter(file, text);
  issues.push(...split.issues);
  const result = split.data === undefined ? undefined : briefingFrontMatterSchema.safeParse(split.data ?? {}, { reportInput: true });
  if (result && !result.success) {
    const allowed = (path: readonly (string | number)[]) => (path.length ? (NESTED_KEYS[String(path[0])] ?? ALLOWED_KEYS) : ALLOWED_KEYS);
    issues.push(...mapZodIssues(file, result.error, split.locate, allowed, HINTS, describeFigureValue));
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
  // One push per issue, not push(...list): a 1 MiB file can hold more items (each with a warning) than a call takes arguments.
  for (const issue of body.issues) issues.push(issue);
  if (front && validDate && conflict && validDate >= conflict.start) {
    const today = options.today ?? format(new Date(), "yyyy-MM-dd");
    issues.push(...lintBriefing({ file, date: validDate, conflict, front, locate: split.locate, lede: body.ledeText, today }));
  }
  if (front && conflict) {
    const items = body.sections.flatMap((section) => section.items);
    for (const issue of checkCitations({ file, conflict, front, locate: split.locate, lede: body.lede, items })) issues.push(issue);
    if (validDate) for (const issue of checkFigures({ file, date: validDate, conflict, front, locate: split.locate })) issues.push(issue);
  }
  if (issues.some(isError) || !front || !validDate || !conflict) return { issues };

  // Sections in their fixed order, whatever the file's order; citations numbered in that order, then the figures'.
  const sections = SECTION_KEYS.flatMap((key) => body.sections.filter((s) => s.key === key));
  const placesAt = (front.places ?? []).map((_, index) => split.locate(["places", index], "value"));
  const figures = (front.figures ?? []).map((figure, index): ParsedFigure => {
    const { line, column } = split.locate(["figures", index, "value"], "value");
    return { key: figure.key, value: figure.value, asOf: figure.as_of ?? validDate, source: figure.source, note: figure.note, line, column };
  });
  const labels = new Map((conflict.figures ?? []).map((figure) => [figure.key, figure.label]));
  const citing = figures.map((figure) => ({ key: figure.key, label: labels.get(figure.key) ?? figure.key, source: figure.source }));
  return { issues, day: { date: validDate, front, figures, placesAt, ...computeCitations(body.lede, sections, front.sources ?? [], citing) } };
}
