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
  /** Warnings are printed but do not fail the check or the build; absent means error. */
  severity?: "warning";
}

/** True for problems that must stop the check and the build. */
export function isError(issue: ContentIssue): boolean {
  return issue.severity !== "warning";
}

/** The file's path as shown to editors: relative to `cwd` when inside it. */
export function formatIssuePath(file: string, cwd: string = process.cwd()): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) || file : file;
  return relative.startsWith("..") ? file : relative;
}

/**
 * Formats an issue as one line: `path:line:column: field: message. Fix: hint`;
 * warnings read `path:line:column: warning: field: message. Fix: hint`.
 */
export function formatIssue(issue: ContentIssue, cwd: string = process.cwd()): string {
  const kind = issue.severity === "warning" ? "warning: " : "";
  return `${formatIssuePath(issue.file, cwd)}:${issue.line}:${issue.column}: ${kind}${issue.field}: ${issue.message}. Fix: ${issue.hint}`;
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
