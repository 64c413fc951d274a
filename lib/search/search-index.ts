import MiniSearch, { type SearchOptions } from "minisearch";
import { escapeHtml } from "@/lib/html";
import { formatDayPath } from "@/lib/routes";
import type { Briefing, Conflict } from "@/lib/content";
import { SECTION_LABELS, type SectionKey } from "@/lib/sections";

/** What a search hit belongs to: one of the typed sections, or a briefing's title and summary. */
export type SearchSection = SectionKey | "summary";

/** A search request. `from` and `to` are inclusive YYYY-MM-DD bounds. */
export interface SearchQuery {
  q: string;
  conflict?: string;
  section?: SearchSection;
  from?: string;
  to?: string;
  /** Most results to return (default 50); `total` counts them all. */
  limit?: number;
}

/** One matching section item (or briefing summary), ready to render. */
export interface SearchResult {
  conflict: string;
  conflictName: string;
  date: string;
  day: number;
  section: SearchSection;
  sectionHeading: string;
  href: string;
  /** Escaped plain text around the first match; matched words are wrapped in `<mark>`. */
  snippetHtml: string;
  score: number;
}

interface SearchDoc {
  id: number;
  text: string;
  conflict: string;
  conflictName: string;
  date: string;
  day: number;
  section: SearchSection;
  href: string;
}

/** A built index: treat as opaque and pass it back to {@link searchBriefings}. */
export interface SearchIndex {
  readonly miniSearch: MiniSearch<SearchDoc>;
  /** Documents by id: kept outside MiniSearch so filters and snippets need no per-hit copying. */
  readonly docs: readonly SearchDoc[];
}

const DEFAULT_LIMIT = 50;
const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match, so it reads in context. */
const SNIPPET_LEAD = 50;
/** Title and summary state what the whole day is about, so they outrank a passing mention. */
const SUMMARY_BOOST = 1.3;

// Marks (\p{M}) count as word characters so that decomposed accents ("e" + U+0301) do not
// split a word before processTerm strips them. The snippet uses the same rule to find words,
// so what it marks lines up with what was indexed.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;

function tokenize(text: string): string[] {
  return text.split(NON_WORD);
}

/** Lowercases and strips diacritics; null drops empty tokens. */
function normalizeTerm(term: string): string | null {
  const normalized = term.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return normalized === "" ? null : normalized;
}

/** Indexes every section item and each briefing's title + summary. Pass published briefings only. */
export function buildSearchIndex(conflicts: Conflict[], briefings: Briefing[]): SearchIndex {
  const names = new Map(conflicts.map((c) => [c.slug, c.name]));
  const docs: SearchDoc[] = [];
  for (const b of briefings) {
    const base = { conflict: b.conflict, conflictName: names.get(b.conflict) ?? b.conflict, date: b.date, day: b.day };
    const dayPath = formatDayPath(b.conflict, b.date);
    const text = b.title ? `${b.title} — ${b.summary}` : b.summary;
    docs.push({ ...base, id: docs.length, text, section: "summary", href: dayPath });
    for (const section of b.sections) {
      for (const item of section.items) {
        docs.push({ ...base, id: docs.length, text: item.text, section: section.key, href: `${dayPath}#${section.key}` });
      }
    }
  }
  const miniSearch = new MiniSearch<SearchDoc>({
    fields: ["text"],
    tokenize,
    processTerm: normalizeTerm,
  });
  miniSearch.addAll(docs);
  return { miniSearch, docs };
}

/** Full-text search with typo tolerance; results are sorted by score, then newest first. */
export function searchBriefings(index: SearchIndex, query: SearchQuery): { total: number; results: SearchResult[] } {
  if (query.q.trim() === "") return { total: 0, results: [] };
  const { docs } = index;
  const { conflict, section, from, to } = query;
  const options: SearchOptions = {
    // Short words have too many one-letter neighbours ("war" ~ "was") for fuzziness to help.
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    // The last word may still be being typed.
    prefix: (_term, i, terms) => i === terms.length - 1,
    boostDocument: (id: number) => (docs[id]?.section === "summary" ? SUMMARY_BOOST : 1),
    filter: (hit) => {
      const doc = docs[hit.id as number];
      return (
        doc !== undefined &&
        (conflict === undefined || doc.conflict === conflict) &&
        (section === undefined || doc.section === section) &&
        (from === undefined || doc.date >= from) &&
        (to === undefined || doc.date <= to)
      );
    },
  };
  let hits = index.miniSearch.search(query.q, { ...options, combineWith: "AND" });
  // A single unknown or misspelt-beyond-repair word should not empty the page.
  if (hits.length === 0) hits = index.miniSearch.search(query.q, { ...options, combineWith: "OR" });

  const ranked = hits.flatMap((hit) => {
    const doc = docs[hit.id as number];
    return doc ? [{ doc, score: hit.score, terms: hit.terms }] : [];
  });
  ranked.sort((a, b) => b.score - a.score || b.doc.date.localeCompare(a.doc.date));

  const results = ranked.slice(0, query.limit ?? DEFAULT_LIMIT).map(({ doc, score, terms }) => ({
    conflict: doc.conflict,
    conflictName: doc.conflictName,
    date: doc.date,
    day: doc.day,
    section: doc.section,
    sectionHeading: doc.section === "summary" ? "Summary" : SECTION_LABELS[doc.section],
    href: doc.href,
    snippetHtml: makeSnippet(doc.text, new Set(terms)),
    score,
  }));
  return { total: ranked.length, results };
}

/**
 * Cuts `text` to about SNIPPET_LENGTH characters around the first word whose normalized form
 * is in `terms`, escapes it and marks matches. Each piece is escaped on its own and marks are
 * added around already-escaped words, so item text can never inject markup, and a query like
 * "amp" cannot match inside an `&amp;` the escaping produced.
 */
function makeSnippet(text: string, terms: ReadonlySet<string>): string {
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
