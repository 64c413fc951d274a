import { checkSearchBudget, SEARCH_BUDGET } from "./search-budget";
import type { SearchIndex } from "./search-index";
import { filterCandidates, formatResult, selectTop, type Derived } from "./search-results";
import { parseQueryTerms } from "./search-text";
import type { SearchAnswer, SearchQuery } from "./search-types";

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
