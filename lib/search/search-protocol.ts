import { createSearchIndex, type SearchIndex } from "./search-index";
import { runSearch } from "./search-engine";
import type { SearchDocuments } from "./search-documents";
import { parseQueryTerms } from "./search-text";
import type { SearchAnswer, SearchQuery } from "./search-types";

/** Messages from the site to its search worker. */
export type SearchRequest =
  { type: "load"; generation: number; documents: SearchDocuments } | { type: "query"; id: number; query: SearchQuery; timeLimitMs: number };

/** What an index costs: its parts and the time it took to build. */
export interface SearchIndexStats {
  documents: number;
  terms: number;
  postings: number;
  /** Bytes of the typed arrays and the text (the term tree and small tables come on top). */
  bytes: number;
  buildMs: number;
}

/** Messages from the worker back to the site. */
export type SearchReply =
  | { type: "loaded"; generation: number; stats: SearchIndexStats }
  /** `generation`: that of the documents the answer comes from (-1 before any). */
  | { type: "answer"; id: number; generation: number; answer: SearchAnswer };

/** Settings the worker gets at start. */
export interface SearchWorkerSettings {
  /** Tests only: a query containing `word` blocks the worker for `ms` first, as a very slow query would. */
  testDelay?: { word: string; ms: number };
}

function measure(index: SearchIndex, buildMs: number): SearchIndexStats {
  const arrays = [
    index.postingStart,
    index.postingDocs,
    index.postingFreqs,
    index.fieldLength,
    index.boost,
    index.dateKey,
    index.textEnds,
    ...Object.values(index.scratch),
    ...[index.documents.days, index.documents.briefingConflict, index.documents.docBriefing, index.documents.docSection],
  ];
  return {
    documents: index.docCount,
    terms: index.termList.length,
    postings: index.postingDocs.length,
    bytes: arrays.reduce((sum, a) => sum + a.byteLength, index.text.byteLength),
    buildMs,
  };
}

/** Blocks this thread (not just this task) for `ms`. */
function blockFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The worker's whole job, apart from the thread: keeps the latest index and
 * answers each message. Queries run one at a time against the index built from
 * the latest documents; before the first, they are refused as not ready.
 */
export function createSearchHandler(settings: SearchWorkerSettings = {}): (request: SearchRequest) => SearchReply {
  let index: SearchIndex | undefined;
  let generation = -1;
  return (request) => {
    if (request.type === "load") {
      const start = performance.now();
      index = undefined; // let the old one go before building the new one
      generation = -1;
      index = createSearchIndex(request.documents);
      generation = request.generation;
      return { type: "loaded", generation, stats: measure(index, performance.now() - start) };
    }
    const { id, query, timeLimitMs } = request;
    const start = performance.now();
    if (!index) return { type: "answer", id, generation, answer: { refused: "not-ready" } };
    const { testDelay } = settings;
    if (testDelay && parseQueryTerms(query.q).includes(testDelay.word)) blockFor(testDelay.ms);
    return { type: "answer", id, generation, answer: runSearch(index, query, start + timeLimitMs) };
  };
}
