import type { Token } from "markdown-it";
import type { IssueName } from "./issue-catalogue";
import { createIssue, type ContentIssue, type IssueParams } from "./issues";
import { getUrlScheme, isSafeUrl } from "./markdown";

/** Deeper lists are always a mistake (or an attack on the renderer), never a briefing. */
const MAX_LIST_DEPTH = 5;

/** Reports a problem on a 0-based body line, at the first occurrence of `needle` in it. */
export type Report = <N extends IssueName>(bodyLine: number, needle: string, field: string, name: N, ...params: IssueParams<N>) => void;

/** 1-based column of `needle` in a line; else of the line's first non-blank character; else 1. */
function findColumn(line: string, needle: string): number {
  const at = needle ? line.indexOf(needle) : -1;
  return at >= 0 ? at + 1 : Math.max(1, line.search(/\S/) + 1);
}

/**
 * A `Report` that adds each problem to `issues` at its position in the file:
 * `lineOffset` is the 0-based line of the file where the body starts.
 */
export function createBodyReporter(file: string, lines: string[], lineOffset: number, issues: ContentIssue[]): Report {
  return (bodyLine, needle, field, name, ...params) =>
    issues.push(createIssue(name, { file, line: bodyLine + lineOffset + 1, column: findColumn(lines[bodyLine] ?? "", needle) }, field, ...params));
}

/**
 * The first line in [from, to) whose text contains `needle` (case-insensitively);
 * else the first such line anywhere (a reference link's URL sits in its
 * definition, elsewhere in the body); else `from`.
 */
function findLine(lines: string[], from: number, to: number, needle: string): number {
  const has = (i: number) => (lines[i] ?? "").toLowerCase().includes(needle.toLowerCase());
  for (let i = from; i < Math.max(to, from + 1); i++) if (has(i)) return i;
  const anywhere = needle ? lines.findIndex((_, i) => has(i)) : -1;
  return anywhere >= 0 ? anywhere : from;
}

/**
 * Reports raw HTML and unsafe link or image URLs in free Markdown such as a
 * conflict's about text, where any heading level is allowed. `tokens` are the
 * body's, parsed once by the caller, which renders them too.
 */
export function checkMarkdown(file: string, body: string, tokens: Token[], lineOffset: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lines = body.split("\n");
  checkTokens(tokens, createBodyReporter(file, lines, lineOffset, issues), lines, [0, 1], true);
  return issues;
}

/** Reports raw HTML, headings other than `##`, and unsafe link or image URLs anywhere in the body. */
export function checkTokens(tokens: Token[], report: Report, lines: string[], range: [number, number] = [0, 1], anyHeading = false): void {
  let reportedInlineHtml = false; // one report per paragraph: "<b>x</b>" is one mistake, not two
  let listDepth = 0;
  for (const token of tokens) {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      listDepth++;
      if (listDepth === MAX_LIST_DEPTH + 1) {
        report(token.map?.[0] ?? range[0], "-", "body", "list-too-deep", { max: MAX_LIST_DEPTH });
      }
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") listDepth--;
    const [from, to] = token.map ?? range;
    if (token.type === "html_inline" && reportedInlineHtml) continue;
    if (token.type === "html_block" || token.type === "html_inline") {
      reportedInlineHtml = token.type === "html_inline";
      const snippet = token.content.trim().split("\n")[0] ?? "";
      report(findLine(lines, from, to, snippet), snippet, "body", "raw-html", { snippet });
    } else if (token.type === "heading_open" && token.tag !== "h2" && !anyHeading) {
      report(from, "#", "heading", "heading-level", { level: Number(token.tag.slice(1)) });
    } else if (token.type === "link_open" || token.type === "image") {
      const url = String(token.attrGet(token.type === "image" ? "src" : "href") ?? "");
      if (!isSafeUrl(url)) {
        const scheme = `${getUrlScheme(url) ?? ""}:`;
        const line = findLine(lines, from, to, scheme);
        const column = (lines[line] ?? "").toLowerCase().indexOf(scheme.toLowerCase());
        report(line, column >= 0 ? (lines[line] ?? "").slice(column, column + scheme.length) : "", "body", "unsafe-url", { kind: token.type === "image" ? "image" : "link", scheme });
      }
    }
    if (token.children) checkTokens(token.children, report, lines, [from, to], anyHeading);
  }
}
