/**
 * How text becomes search terms, shared by the index, the query and the snippets
 * so that what a snippet marks lines up with what was indexed.
 */

// Marks (\p{M}) count as word characters so that decomposed accents ("e" + U+0301) do not
// split a word before normalizeTerm strips them.
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/** Splits text into raw words (the first or last may be empty, as with String.split). */
export function tokenize(text: string): string[] {
  return text.split(NON_WORD);
}

/** Lowercases and strips diacritics; null for an empty token. */
export function normalizeTerm(term: string): string | null {
  const normalized = term.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return normalized === "" ? null : normalized;
}

/** The normalized terms of a query, in order, empty tokens dropped. */
export function parseQueryTerms(q: string): string[] {
  return tokenize(q).flatMap((token) => normalizeTerm(token) ?? []);
}

/**
 * V8 keeps the subject of the last successful regular-expression match alive (for
 * RegExp.lastMatch and friends): after tokenizing every document, that is a slice of
 * the last one, which keeps all the text it was decoded with. A match on a tiny
 * string lets it go.
 */
export function forgetLastMatch(): void {
  NON_WORD.exec(" ");
}
