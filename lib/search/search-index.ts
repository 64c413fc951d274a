import SearchableMap from "minisearch/SearchableMap";
import type { Briefing, Conflict } from "@/lib/content";
import { computeSearchDocuments, SEARCH_SECTIONS, type SearchDocuments } from "./search-documents";
import { runSearch } from "./search-engine";
import { forgetLastMatch, normalizeTerm, tokenize } from "./search-text";
import type { SearchHits, SearchQuery } from "./search-types";

export type { SearchHits, SearchQuery, SearchResult, SearchSection } from "./search-types";

/** Title and summary state what the whole day is about, so they outrank a passing mention. */
const SUMMARY_BOOST = 1.3;

/**
 * A built index: an inverted index in typed arrays (each term's documents and
 * counts, sorted by document), a radix tree of the terms for prefix and typo
 * matching, and the documents' text as UTF-8 for snippets. About 8 bytes per
 * (term, document) pair, instead of the hundreds a Map of Maps costs.
 */
export interface SearchIndex {
  documents: Omit<SearchDocuments, "text" | "textEnds">;
  docCount: number;
  /** Normalized term → term id. */
  terms: SearchableMap<number>;
  /** Term id → normalized term. */
  termList: string[];
  /** Term t's postings are postingDocs[postingStart[t] .. postingStart[t + 1]). */
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  postingFreqs: Uint16Array;
  /** Distinct words per document (BM25's field length). */
  fieldLength: Uint16Array;
  avgFieldLength: number;
  /** Per document: SUMMARY_BOOST for a title and summary, else 1. */
  boost: Float64Array;
  /** Per briefing: its date as a number, YYYYMMDD. */
  dateKey: Uint32Array;
  /** The documents' UTF-8 text and where each one ends in it (in bytes), for snippets. */
  text: Buffer;
  textEnds: Uint32Array;
  /** Scratch space for queries, reused (queries run one at a time). */
  scratch: { total: Float64Array; termScore: Float64Array; mask: Uint32Array; touched: Uint32Array; termTouched: Uint32Array };
}

/** A growable Uint32Array. */
class U32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** Builds the index of the given documents (see {@link computeSearchDocuments}). */
export function createSearchIndex(documents: SearchDocuments): SearchIndex {
  const docCount = documents.textEnds.length;
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  // Raw words repeat a lot; normalizing each distinct one once makes building several times faster.
  const rawToTerm = new Map<string, number>();
  const termOf = (raw: string): number => {
    let id = rawToTerm.get(raw);
    if (id === undefined) {
      const term = normalizeTerm(raw);
      id = term === null ? -1 : (termIds.get(term) ?? -1);
      if (term !== null && id === -1) {
        id = termList.length;
        // A copy: the term may be a slice of the whole documents' text, which V8 would then keep alive with it.
        const copy = Buffer.from(term, "utf8").toString("utf8");
        termIds.set(copy, id);
        termList.push(copy);
      }
      rawToTerm.set(raw, id);
    }
    return id;
  };

  // Pass 1: each document's distinct terms with their counts, and each term's document count.
  const pairTerms = new U32List();
  const pairFreqs = new U32List();
  const docPairEnd = new Uint32Array(docCount);
  const fieldLength = new Uint16Array(docCount);
  const df: number[] = [];
  const lastDoc: number[] = [];
  const slot: number[] = [];
  let avgFieldLength = 0;
  const text = Buffer.from(documents.text.buffer, documents.text.byteOffset, documents.text.byteLength);
  let start = 0;
  for (let doc = 0; doc < docCount; doc++) {
    const end = documents.textEnds[doc]!;
    const tokens = tokenize(text.toString("utf8", start, end));
    start = end;
    // As MiniSearch counts a field's length: distinct raw tokens, and a running average.
    const length = new Set(tokens).size;
    fieldLength[doc] = Math.min(length, 0xffff);
    avgFieldLength = (avgFieldLength * doc + length) / (doc + 1);
    for (const token of tokens) {
      const term = termOf(token);
      if (term < 0) continue;
      if (lastDoc[term] === doc) {
        pairFreqs.data[slot[term]!]!++;
      } else {
        lastDoc[term] = doc;
        slot[term] = pairTerms.length;
        pairTerms.push(term);
        pairFreqs.push(1);
        df[term] = (df[term] ?? 0) + 1;
      }
    }
    docPairEnd[doc] = pairTerms.length;
  }

  // Pass 2: postings by term, each sorted by document.
  const termCount = termList.length;
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + df[t]!;
  const fill = postingStart.slice(0, termCount);
  const postingDocs = new Uint32Array(pairTerms.length);
  const postingFreqs = new Uint16Array(pairTerms.length);
  let pair = 0;
  for (let doc = 0; doc < docCount; doc++) {
    for (; pair < docPairEnd[doc]!; pair++) {
      const term = pairTerms.data[pair]!;
      const at = fill[term]!++;
      postingDocs[at] = doc;
      postingFreqs[at] = Math.min(pairFreqs.data[pair]!, 0xffff);
    }
  }

  const terms = new SearchableMap<number>();
  for (const [term, id] of termIds) terms.set(term, id);
  const summary = SEARCH_SECTIONS.indexOf("summary");
  const boost = new Float64Array(docCount);
  for (let doc = 0; doc < docCount; doc++) boost[doc] = documents.docSection[doc] === summary ? SUMMARY_BOOST : 1;
  const briefingCount = documents.days.length;
  const dateKey = new Uint32Array(briefingCount);
  for (let b = 0; b < briefingCount; b++) dateKey[b] = Number(documents.dates.slice(b * 10, b * 10 + 10).replaceAll("-", ""));

  const { text: _text, textEnds, ...rest } = documents;
  forgetLastMatch();
  return {
    documents: rest,
    docCount,
    terms,
    termList,
    postingStart,
    postingDocs,
    postingFreqs,
    fieldLength,
    avgFieldLength,
    boost,
    dateKey,
    text,
    textEnds,
    scratch: {
      total: new Float64Array(docCount),
      termScore: new Float64Array(docCount),
      mask: new Uint32Array(docCount),
      touched: new Uint32Array(docCount),
      termTouched: new Uint32Array(docCount),
    },
  };
}

/** A document's text, decoded from the index's UTF-8. */
export function getDocumentText(index: SearchIndex, doc: number): string {
  return index.text.toString("utf8", doc === 0 ? 0 : index.textEnds[doc - 1]!, index.textEnds[doc]!);
}

/** Indexes every section item and each briefing's title + summary. Pass published briefings only. */
export function buildSearchIndex(conflicts: Conflict[], briefings: Briefing[]): SearchIndex {
  return createSearchIndex(computeSearchDocuments(conflicts, briefings));
}

/** Full-text search with typo tolerance, run here and now (the site runs it in its search worker). */
export function searchBriefings(index: SearchIndex, query: SearchQuery): SearchHits {
  const answer = runSearch(index, query);
  return "refused" in answer ? { total: 0, results: [] } : answer;
}
