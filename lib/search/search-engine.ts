import { formatDayPath } from "@/lib/routes";
import { SECTION_LABELS } from "@/lib/sections";
import { checkSearchBudget, SEARCH_BUDGET } from "./search-budget";
import { SEARCH_SECTIONS } from "./search-documents";
import { getDocumentText, type SearchIndex } from "./search-index";
import { formatSnippet } from "./search-snippet";
import { parseQueryTerms } from "./search-text";
import type { SearchAnswer, SearchQuery, SearchResult } from "./search-types";

const DEFAULT_LIMIT = 50;
// BM25+ as MiniSearch scores it (k, b, d), with its weights for prefix and typo matches,
// so ranking stays what it was when the index was a MiniSearch instance.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
const MAX_FUZZY = 6;
/** How often (in postings scored) the time limit is checked. */
const CHECK_EVERY = 1 << 16;

/** An index term a query word matches, and how much a match counts. */
interface Derived {
  term: number;
  weight: number;
}

/**
 * The terms a query word matches: itself; for the last word, from
 * `prefixMinLength` letters, the longer words it begins; from `fuzzyMinLength`
 * letters, words one edit away (two from 8 letters). Short words expand to too
 * much of the vocabulary to be worth it ("a" would match every word in a), and
 * no real word is longer than `fuzzyMaxLength`, where typo matching gets slow.
 */
function deriveTerms(index: SearchIndex, word: string, last: boolean): Derived[] {
  const derived: Derived[] = [];
  const exact = index.terms.get(word);
  if (exact !== undefined) derived.push({ term: exact, weight: 1 });
  const { fuzzyMinLength, fuzzyMaxLength, prefixMinLength } = SEARCH_BUDGET;
  const fuzzy =
    word.length >= fuzzyMinLength && word.length <= fuzzyMaxLength
      ? index.terms.fuzzyGet(word, Math.min(MAX_FUZZY, Math.round(word.length * 0.2)))
      : undefined;
  if (last && word.length >= prefixMinLength) {
    for (const [term, id] of index.terms.atPrefix(word)) {
      const distance = term.length - word.length;
      if (!distance) continue;
      fuzzy?.delete(term); // scored once, as a prefix match
      derived.push({ term: id, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
    }
  }
  for (const [term, [id, distance]] of fuzzy ?? []) {
    if (!distance) continue;
    derived.push({ term: id, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
  }
  return derived;
}

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

/**
 * Ranked search within the query budget: every word must match (falling back
 * to any word when no document has them all), scored by BM25+ with the
 * summary boost, multiplied by the number of query words matched; ties go to
 * the newer day. Scores accumulate in typed arrays, so a word found in every
 * document costs microseconds per thousand documents, and the time limit is
 * checked as it goes: past `deadline` (a performance.now() time) the answer
 * is a refusal.
 */
export function runSearch(index: SearchIndex, query: SearchQuery, deadline = Infinity): SearchAnswer {
  const words = parseQueryTerms(query.q);
  if (words.length === 0) return { total: 0, results: [] };
  const refusal = checkSearchBudget(query.q);
  if (refusal) return { refused: refusal };
  const distinct = [...new Set(words)];
  const { total, termScore, mask, touched, termTouched } = index.scratch;
  const { postingStart, postingDocs, postingFreqs, fieldLength, avgFieldLength, boost } = index;
  const derivedByWord = words.map((word, i) => deriveTerms(index, word, i === words.length - 1));
  let touchedCount = 0;
  let scored = 0;
  let late = false;

  for (const [i, word] of words.entries()) {
    const bit = 1 << distinct.indexOf(word);
    let termCount = 0;
    for (const { term, weight } of derivedByWord[i]!) {
      const from = postingStart[term]!;
      const to = postingStart[term + 1]!;
      const matching = to - from;
      const invDocFreq = Math.log(1 + (index.docCount - matching + 0.5) / (matching + 0.5));
      for (let p = from; p < to; p++) {
        const doc = postingDocs[p]!;
        const termFreq = postingFreqs[p]!;
        const raw = invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength[doc]!) / avgFieldLength)));
        if (termScore[doc] === 0) termTouched[termCount++] = doc;
        termScore[doc]! += weight * boost[doc]! * raw;
      }
      scored += matching;
      if (scored >= CHECK_EVERY && performance.now() > deadline) late = true;
      if (late) break;
    }
    for (let t = 0; t < termCount; t++) {
      const doc = termTouched[t]!;
      if (mask[doc] === 0) touched[touchedCount++] = doc;
      total[doc]! += termScore[doc]!;
      mask[doc]! |= bit;
      termScore[doc] = 0;
    }
    if (late) break;
  }

  const all = (1 << distinct.length) - 1;
  const reached = touched.subarray(0, touchedCount);
  let found = late ? termTouched.subarray(0, 0) : filterCandidates(index, query, reached, (doc) => mask[doc] === all, termTouched);
  // A single unknown or misspelt-beyond-repair word should not empty the page.
  if (found.length === 0 && !late) found = filterCandidates(index, query, reached, () => true, termTouched);
  // The final scores go in termScore (all zero again by now) until the results are made.
  const score = termScore;
  for (const doc of found) score[doc] = total[doc]! * popCount(mask[doc]!);
  for (const doc of reached) {
    total[doc] = 0;
    mask[doc] = 0;
  }
  try {
    if (late || performance.now() > deadline) return { refused: "too-slow" };
    const top = selectTop(index, found, score, query.limit ?? DEFAULT_LIMIT);
    const derived = derivedByWord.flat();
    return { total: found.length, results: top.map((doc) => formatResult(index, doc, score[doc]!, derived)) };
  } finally {
    for (const doc of found) score[doc] = 0;
  }
}

function popCount(value: number): number {
  let count = 0;
  for (let v = value; v !== 0; v &= v - 1) count++;
  return count;
}

/** The touched documents that pass `complete` and the query's filters, written into `out`; returns how many. */
function filterCandidates(
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
function selectTop(index: SearchIndex, docs: Uint32Array, score: Float64Array, limit: number): number[] {
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

function formatResult(index: SearchIndex, doc: number, score: number, derived: Derived[]): SearchResult {
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
