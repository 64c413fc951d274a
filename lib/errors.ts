import path from "node:path";

/** One problem found in a content file: where it is, what is wrong and how to fix it. */
export interface ContentIssue {
  /** Path of the file, as given to the loader. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The front-matter field, or "file name", "heading", "body"… */
  field: string;
  message: string;
  hint: string;
}

/** Formats an issue as one line: `path:line:column: field: message. Fix: hint`. */
export function formatIssue(issue: ContentIssue, cwd: string = process.cwd()): string {
  const file = path.isAbsolute(issue.file) ? path.relative(cwd, issue.file) || issue.file : issue.file;
  const shown = file.startsWith("..") ? issue.file : file;
  return `${shown}:${issue.line}:${issue.column}: ${issue.field}: ${issue.message}. Fix: ${issue.hint}`;
}

/** Thrown when content is invalid; carries every issue so all are reported at once. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const lines = issues.map((issue) => formatIssue(issue));
    super(`Invalid content: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`);
    this.name = "ContentValidationError";
    this.issues = issues;
  }
}

/** Sorts issues by file, then line, then column, so reports read top to bottom. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
