import type { Token } from "markdown-it";
import type { ContentIssue } from "./issues";
import { getUrlScheme, isSafeUrl, markdown } from "./markdown";
import { SECTION_KEYS, SECTION_LABELS } from "@/lib/sections";

/** Deeper lists are always a mistake (or an attack on the renderer), never a briefing. */
const MAX_LIST_DEPTH = 5;

export type Report = (bodyLine: number, needle: string, field: string, message: string, hint: string, severity?: "warning") => void;

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
 * conflict's about text, where any heading level is allowed.
 */
export function checkMarkdown(file: string, body: string, lineOffset: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lines = body.split("\n");
  checkTokens(markdown.parse(body, {}), (line, needle, field, message, hint) => {
    const at = needle ? (lines[line] ?? "").indexOf(needle) : -1;
    issues.push({ file, line: line + lineOffset + 1, column: at >= 0 ? at + 1 : 1, field, message, hint });
  }, lines, [0, 1], true);
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
        report(token.map?.[0] ?? range[0], "-", "body", `a list is nested more than ${MAX_LIST_DEPTH} levels deep`, "flatten the list: a briefing item needs at most a few levels");
      }
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") listDepth--;
    const [from, to] = token.map ?? range;
    if (token.type === "html_inline" && reportedInlineHtml) continue;
    if (token.type === "html_block" || token.type === "html_inline") {
      reportedInlineHtml = token.type === "html_inline";
      const snippet = token.content.trim().split("\n")[0] ?? "";
      report(findLine(lines, from, to, snippet), snippet, "body", `raw HTML is not allowed: ${JSON.stringify(snippet.slice(0, 60))}`, "write it as Markdown instead; to show a literal \"<\", write \\<");
    } else if (token.type === "heading_open" && token.tag !== "h2" && !anyHeading) {
      report(from, "#", "heading", `a level-${token.tag.slice(1)} heading is not allowed`, `use "## " headings for the sections (${SECTION_KEYS.map((k) => SECTION_LABELS[k]).join(", ")}); put a headline in the front-matter "title", and use **bold** text instead of sub-headings`);
    } else if (token.type === "link_open" || token.type === "image") {
      const url = String(token.attrGet(token.type === "image" ? "src" : "href") ?? "");
      if (!isSafeUrl(url)) {
        const scheme = `${getUrlScheme(url) ?? ""}:`;
        const line = findLine(lines, from, to, scheme);
        const column = (lines[line] ?? "").toLowerCase().indexOf(scheme.toLowerCase());
        report(line, column >= 0 ? (lines[line] ?? "").slice(column, column + scheme.length) : "", "body",
          `the ${token.type === "image" ? "image" : "link"} URL scheme "${scheme}" is not allowed`,
          "link only to http://, https:// or mailto: addresses, or to a relative path");
      }
    }
    if (token.children) checkTokens(token.children, report, lines, [from, to], anyHeading);
  }
}
