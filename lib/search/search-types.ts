import type { SectionKey } from "@/lib/sections";

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

/** Results of one query: the best `limit` of `total` matches. */
export interface SearchHits {
  total: number;
  results: SearchResult[];
}

/**
 * Why a query got no results but a message instead: over the query budget
 * (too long, too many words, too slow), or search could not answer in time
 * (the index is still being built, or too many searches are waiting).
 */
export type SearchRefusal = "too-long" | "too-many-words" | "too-slow" | "busy" | "not-ready" | "unavailable";

/** What the search service answers: hits, or a refusal the page explains. */
export type SearchAnswer = SearchHits | { refused: SearchRefusal };
