import { formatDayPath } from "@/lib/routes";
import { SECTION_LABELS } from "@/lib/sections";
import { SEARCH_SECTIONS } from "./search-documents";
import { getDocumentText, type SearchIndex } from "./search-index";
import { formatSnippet } from "./search-snippet";
import type { SearchQuery, SearchResult } from "./search-types";

// What runSearch (search-engine.ts) does with its scores: filter, pick the best, format them.

/** An index term a query word matches, and how much a match counts. */
export interface Derived {
  term: number;
  weight: number;
}

/** Whether a term's postings (sorted by document) hold `doc`. */
function hasPosting(index: SearchIndex, term: number, doc: number): boolean {
  let low = index.postingStart[term]!;
  let high = index.postingStart[term + 1]!;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = index.postingDocs[mid]!;
    if (value === doc) return true;
    if (value < doc) low = mid + 1;
    else high = mid;
  }
  return false;
}

/** The touched documents that pass `complete` and the query's filters, written into `out` (returned trimmed to their number). */
export function filterCandidates(
  index: SearchIndex,
  query: SearchQuery,
  touched: Uint32Array,
  complete: (doc: number) => boolean,
  out: Uint32Array,
): Uint32Array {
  const { conflicts, briefingConflict, docBriefing, docSection } = index.documents;
  const conflict = query.conflict === undefined ? -1 : conflicts.findIndex((c) => c.slug === query.conflict);
  if (query.conflict !== undefined && conflict < 0) return out.subarray(0, 0);
  const section = query.section === undefined ? -1 : SEARCH_SECTIONS.indexOf(query.section);
  const from = query.from === undefined ? 0 : Number(query.from.replaceAll("-", ""));
  const to = query.to === undefined ? Infinity : Number(query.to.replaceAll("-", ""));
  let count = 0;
  for (const doc of touched) {
    if (!complete(doc)) continue;
    const briefing = docBriefing[doc]!;
    if (conflict >= 0 && briefingConflict[briefing] !== conflict) continue;
    if (section >= 0 && docSection[doc] !== section) continue;
    const date = index.dateKey[briefing]!;
    if (date < from || date > to) continue;
    out[count++] = doc;
  }
  return out.subarray(0, count);
}

/** The best `limit` documents: highest score, then newest, then first indexed. */
export function selectTop(index: SearchIndex, docs: Uint32Array, score: Float64Array, limit: number): number[] {
  const date = (doc: number) => index.dateKey[index.documents.docBriefing[doc]!]!;
  const better = (a: number, b: number) => score[b]! - score[a]! || date(b) - date(a) || a - b;
  if (docs.length <= limit * 4) return [...docs].sort(better).slice(0, limit);
  // Many matches: keep the best `limit` as we go instead of sorting them all.
  const best: number[] = [];
  for (const doc of docs) {
    if (best.length === limit && better(doc, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(doc, best[at - 1]!) < 0) at--;
    best.splice(at, 0, doc);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** A result ready to render: where it links, and its snippet with the matched words marked. */
export function formatResult(index: SearchIndex, doc: number, score: number, derived: Derived[]): SearchResult {
  const { conflicts, dates, days, briefingConflict, docBriefing, docSection } = index.documents;
  const briefing = docBriefing[doc]!;
  const conflict = conflicts[briefingConflict[briefing]!]!;
  const date = dates.slice(briefing * 10, briefing * 10 + 10);
  const section = SEARCH_SECTIONS[docSection[doc]!]!;
  const matched = new Set(derived.filter(({ term }) => hasPosting(index, term, doc)).map(({ term }) => index.termList[term]!));
  const dayPath = formatDayPath(conflict.slug, date);
  return {
    conflict: conflict.slug,
    conflictName: conflict.name,
    date,
    day: days[briefing]!,
    section,
    sectionHeading: section === "summary" ? "Summary" : SECTION_LABELS[section],
    href: section === "summary" ? dayPath : `${dayPath}#${section}`,
    snippetHtml: formatSnippet(getDocumentText(index, doc), matched),
    score,
  };
}
