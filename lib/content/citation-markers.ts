import MarkdownIt, { type Token } from "markdown-it";

/**
 * Footnote-style citation markers, `[^reuters-pokrovsk]`. markdown-it has no
 * footnote plugin here, so a marker is plain text to it: this stage finds the
 * markers at the very end of an item (or of a lede paragraph), takes them out of
 * its tokens and puts one `citation` token in their place, which the renderer
 * turns into numbered links. Any other marker is misplaced: reported, since it
 * would otherwise show as raw text.
 */

/** A marker as written and where it is: a 0-based line of the body and a 1-based column. */
export interface Marker {
  id: string;
  text: string;
  line: number;
  column: number;
}

/** What one item or lede paragraph cites, and the markers that are not at its end. */
export interface UnitMarkers {
  /** Ids cited at the end, in order, each once. */
  cites: Marker[];
  misplaced: Marker[];
}

const MARKER = /\[\^([^[\]\s]+)\]/g;
const ID = /^[^[\]\s]+$/;

/**
 * Splits the markers, optionally spaced, off the end of a text: `"Killed. [^a][^b]"`
 * → `"Killed."` and `["[^a]", "[^b]"]`. Scans back from the end, in linear time
 * (a regular expression anchored at the end backtracks quadratically on a long run
 * of markers followed by other text).
 */
function splitTrailingMarkers(text: string): { rest: string; markers: string[] } {
  const skipSpaces = (end: number) => {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    return end;
  };
  const markers: string[] = [];
  let end = skipSpaces(text.length);
  while (end > 0 && text[end - 1] === "]") {
    const open = text.lastIndexOf("[^", end - 2);
    if (open < 0 || !ID.test(text.slice(open + 2, end - 1))) break;
    markers.push(text.slice(open, end));
    end = skipSpaces(open);
  }
  return { rest: text.slice(0, end), markers: markers.reverse() };
}

/** The token type the renderer draws as numbered links; its `content` holds the cited ids, space-separated. */
export const CITATION_TOKEN = "citation";

/** Index of the inline token that ends the unit: nothing but closing tags may follow it. */
function findEndingInline(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.type === "inline") return i;
    if (token.nesting !== -1) return -1;
  }
  return -1;
}

/** Takes the trailing markers off an inline token's children; returns their text, in order. */
function takeTrailingMarkers(inline: Token): string[] {
  const children = inline.children ?? [];
  let taken: string[] = [];
  for (;;) {
    const last = children.at(-1);
    if (!last || last.type !== "text") break;
    const { rest, markers } = splitTrailingMarkers(last.content);
    if (markers.length === 0) break;
    taken = markers.concat(taken); // not unshift(...markers): a long run would overflow the call stack
    last.content = rest;
    if (rest !== "") break;
    children.pop();
    // A marker alone on the next line: the line break before it goes too.
    while (children.at(-1)?.type === "softbreak" || children.at(-1)?.type === "hardbreak") children.pop();
  }
  if (taken.length > 0) {
    const token = new MarkdownIt.Token(CITATION_TOKEN, "", 0);
    token.content = [...new Set(taken.map(idOf))].join(" ");
    children.push(token);
    inline.children = children;
  }
  return taken;
}

function idOf(marker: string): string {
  return marker.slice(2, -1);
}

/** Every marker left in text tokens, in document order (image descriptions included). */
function collectMarkers(tokens: readonly Token[], found: string[]): void {
  for (const token of tokens) {
    if (token.type === "text") for (const match of token.content.matchAll(MARKER)) found.push(match[0]);
    if (token.children) collectMarkers(token.children, found);
  }
}

/**
 * Finds each marker's position: the next occurrence of its text in the unit's
 * lines [from, to), so repeated markers get successive positions. Once one is not
 * found (written with escapes, say), the rest fall back to the unit's start
 * rather than search the unit again each: the whole search stays linear.
 */
function locate(texts: readonly string[], lines: readonly string[], from: number, to: number): Marker[] {
  let line = from;
  let column = 0;
  let lost = false;
  const start = { line: from, column: Math.max(1, (lines[from] ?? "").search(/\S/) + 1) };
  return texts.map((text) => {
    for (let i = line; !lost && i < Math.max(to, from + 1); i++) {
      const at = (lines[i] ?? "").indexOf(text, i === line ? column : 0);
      if (at >= 0) {
        line = i;
        column = at + text.length;
        return { id: idOf(text), text, line: i, column: at + 1 };
      }
    }
    lost = true;
    return { id: idOf(text), text, ...start };
  });
}

/**
 * Takes the citation markers at the end of one unit (a section item or a lede
 * paragraph, as its block tokens) out of its text, leaving a `citation` token in
 * their place; returns the others as misplaced. `from` is the unit's first line
 * (0-based, of the body); positions are searched for from there to its last line.
 */
export function extractMarkers(tokens: readonly Token[], lines: readonly string[], from: number): UnitMarkers {
  const end = findEndingInline(tokens);
  const trailing = end >= 0 ? takeTrailingMarkers(tokens[end]!) : [];
  const left: string[] = [];
  collectMarkers(tokens, left);
  // Misplaced markers come before the trailing ones in the file: locate them first.
  const to = tokens.reduce((end, token) => Math.max(end, token.map?.[1] ?? 0), from + 1);
  const located = locate([...left, ...trailing], lines, from, to);
  const seen = new Set<string>();
  const cites = located.slice(left.length).filter((marker) => !seen.has(marker.id) && seen.add(marker.id));
  return { cites, misplaced: located.slice(0, left.length) };
}

/** The markers in a front-matter text (title, summary, correction), which can cite nothing there. */
export function findMarkers(text: string): string[] {
  return text.match(MARKER) ?? [];
}
