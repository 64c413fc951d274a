import path from "node:path";
import { ISSUE_CATALOGUE, type IssueDefinition, type IssueName, type ParamsOf } from "./issue-catalogue";

/** One problem found in a content file: where it is, what is wrong and how to fix it. */
export interface ContentIssue {
  /** Path of the file, as given to the loader. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable code from the issue catalogue, e.g. "DB104". */
  code: string;
  /** Kebab-case name from the issue catalogue, e.g. "unknown-key". */
  name: string;
  /** Warnings are printed but do not fail the check or the build. */
  severity: "error" | "warning";
  /** The front-matter field, or "file name", "heading", "body"… */
  field: string;
  message: string;
  hint: string;
}

/** Where a problem is: the file, and a 1-based line and column in it. */
export interface IssueLocation {
  file: string;
  line: number;
  column: number;
}

/** The parameters argument(s) of `createIssue` for an issue: none when its text is fixed. */
export type IssueParams<N extends IssueName> = ParamsOf<N> extends void ? [] : [params: ParamsOf<N>];

/** The catalogue seen entry by entry, so that `CATALOGUE[name]` keeps its parameters' type. */
const CATALOGUE: { [N in IssueName]: IssueDefinition<ParamsOf<N>> } = ISSUE_CATALOGUE;

/**
 * The one way to build a problem: its catalogue entry by name, where it is, the
 * field it concerns, and the parameters its message and hint need (none when
 * their text is fixed). A wrong name or parameter is a compile error.
 */
export function createIssue<N extends IssueName>(name: N, at: IssueLocation, field: string, ...params: IssueParams<N>): ContentIssue;
export function createIssue<N extends IssueName>(name: N, at: IssueLocation, field: string, params: ParamsOf<N>): ContentIssue {
  const { code, severity, message, hint } = CATALOGUE[name];
  const text = (template: string | ((p: ParamsOf<N>) => string)) => (typeof template === "string" ? template : template(params));
  return { file: at.file, line: at.line, column: at.column, code, name, severity, field, message: text(message), hint: text(hint) };
}

/** True for problems that must stop the check and the build. */
export function isError(issue: ContentIssue): boolean {
  return issue.severity === "error";
}

/** The file's path as shown to editors: relative to `cwd` when inside it. */
export function formatIssuePath(file: string, cwd: string = process.cwd()): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) || file : file;
  return relative.startsWith("..") ? file : relative;
}

/**
 * Formats an issue as one line, its catalogue code and name last:
 * `path:line:column: field: message. Fix: hint [DB104 unknown-key]`;
 * warnings read `path:line:column: warning: field: message. Fix: hint [DB402 future-date]`.
 */
export function formatIssue(issue: ContentIssue, cwd: string = process.cwd()): string {
  const kind = issue.severity === "warning" ? "warning: " : "";
  return `${formatIssuePath(issue.file, cwd)}:${issue.line}:${issue.column}: ${kind}${issue.field}: ${issue.message}. Fix: ${issue.hint} [${issue.code} ${issue.name}]`;
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
