import { escapeHtml } from "@/lib/html";
import { normalizeTerm, WORD } from "./search-text";

const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match, so it reads in context. */
const SNIPPET_LEAD = 50;

/**
 * Cuts `text` to about SNIPPET_LENGTH characters around the first word whose normalized form
 * is in `terms`, escapes it and marks matches. Each piece is escaped on its own and marks are
 * added around already-escaped words, so item text can never inject markup, and a query like
 * "amp" cannot match inside an `&amp;` the escaping produced.
 */
export function formatSnippet(text: string, terms: ReadonlySet<string>): string {
  const words = [...text.matchAll(WORD)].map((m) => {
    const start = m.index;
    return { start, end: start + m[0].length, matched: terms.has(normalizeTerm(m[0]) ?? "") };
  });
  const first = words.find((w) => w.matched);
  // Window edges snap to word starts and ends, so no word is ever cut in half.
  const start = first && first.start > SNIPPET_LEAD ? (words.find((w) => w.start >= first.start - SNIPPET_LEAD)?.start ?? 0) : 0;
  let end = text.length;
  if (end - start > SNIPPET_LENGTH) {
    const fitting = words.filter((w) => w.start >= start && w.end <= start + SNIPPET_LENGTH);
    // A single over-long word still shows whole rather than as an empty snippet.
    const last = fitting.at(-1) ?? words.find((w) => w.start >= start);
    end = Math.max(last?.end ?? text.length, first?.end ?? 0);
  }

  let html = "";
  let pos = start;
  for (const w of words) {
    if (w.start < start || w.end > end) continue;
    html += escapeHtml(text.slice(pos, w.start));
    const word = escapeHtml(text.slice(w.start, w.end));
    html += w.matched ? `<mark>${word}</mark>` : word;
    pos = w.end;
  }
  html += escapeHtml(text.slice(pos, end));
  return `${start > 0 ? "…" : ""}${html.trim()}${end < text.length ? "…" : ""}`;
}
