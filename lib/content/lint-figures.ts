import type { FieldPath, Position } from "./front-matter";
import { createIssue, type ContentIssue, type IssueLocation } from "./issues";
import type { BriefingFrontMatter, Conflict } from "./schema";
import { describeValue, suggestKey } from "./zod-issues";

interface FigureCheckInput {
  file: string;
  /** The file's date, YYYY-MM-DD. */
  date: string;
  conflict: Conflict;
  front: BriefingFrontMatter;
  locate: (path: FieldPath, part?: "key" | "value") => Position;
}

/** A number written with thousands separators ("10,200", "10 200", "10.200", "10'200"), and its plain digits. */
const SEPARATED = /^(\d{1,3}(?:([, _'\u00a0\u202f.])\d{3})(?:\2\d{3})*)(\.\d+)?$/;

/**
 * A figure's value that zod refused, in the editor's terms (DB113): a number
 * typed with thousands separators, a negative number, or anything that is not a
 * number. Other fields' problems are left to the general messages.
 */
export function describeFigureValue(path: FieldPath, input: unknown, at: IssueLocation, field: string): ContentIssue | undefined {
  if (path.length !== 3 || path[0] !== "figures" || path[2] !== "value") return undefined;
  if (typeof input === "number" && input < 0) return createIssue("invalid-figure-value", at, field, { problem: "negative", shown: String(input) });
  const match = typeof input === "string" ? SEPARATED.exec(input.trim()) : null;
  if (match && !(match[2] === "." && match[3])) {
    const plain = `${match[1]!.split(match[2]!).join("")}${match[3] ?? ""}`;
    return createIssue("invalid-figure-value", at, field, { problem: "separators", shown: JSON.stringify(input), plain });
  }
  return createIssue("invalid-figure-value", at, field, { problem: "not-a-number", shown: describeValue(input) });
}

/**
 * The rules of a day's figures, once its front matter is valid: each key is one
 * the conflict declares (with a "did you mean"), is reported once, cites one of
 * the day's source ids, and stands at a date (`as_of`) no later than the file's;
 * a correction that names a figure names one the day reports. Whether a
 * cumulative figure fell is a question across days (figure-history.ts).
 */
export function checkFigures({ file, date, conflict, front, locate }: FigureCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (path: FieldPath): IssueLocation => ({ file, ...locate(path, "value") });
  const declared = (conflict.figures ?? []).map((figure) => figure.key);
  const ids = (front.sources ?? []).flatMap((source) => (source.id === undefined ? [] : [source.id]));
  const seen = new Map<string, number>();
  (front.figures ?? []).forEach((figure, index) => {
    const path = (field: string): FieldPath => ["figures", index, field];
    if (!declared.includes(figure.key)) {
      const suggestion = suggestKey(figure.key, declared);
      issues.push(createIssue("unknown-figure", at(path("key")), `figures[${index}].key`, { key: figure.key, conflict: conflict.name, suggestion, keys: declared }));
    }
    const first = seen.get(figure.key);
    if (first === undefined) seen.set(figure.key, index);
    else {
      const firstLine = locate(["figures", first, "key"], "value").line;
      issues.push(createIssue("duplicate-figure", at(path("key")), `figures[${index}].key`, { key: figure.key, firstLine, declared: false }));
    }
    if (!ids.includes(figure.source)) {
      const suggestion = suggestKey(figure.source, ids);
      issues.push(createIssue("unknown-figure-source", at(path("source")), `figures[${index}].source`, { source: figure.source, suggestion, ids }));
    }
    if (figure.as_of !== undefined && figure.as_of > date) {
      issues.push(createIssue("as-of-after-date", at(path("as_of")), `figures[${index}].as_of`, { asOf: figure.as_of, date }));
    }
  });
  const reported = [...seen.keys()];
  (front.corrections ?? []).forEach((correction, index) => {
    if (correction.figure !== undefined && !reported.includes(correction.figure)) {
      issues.push(createIssue("correction-names-no-figure", at(["corrections", index, "figure"]), `corrections[${index}].figure`, { figure: correction.figure, keys: reported }));
    }
  });
  return issues;
}
