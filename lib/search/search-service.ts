import { getConfig } from "@/lib/config";
import { SEARCH_BUDGET, checkSearchBudget } from "./search-budget";
import { runSearch } from "./search-engine";
import { createSearchIndex } from "./search-index";
import { watchMainThread } from "./search-load";
import type { SearchRequest } from "./search-protocol";
import type { SearchAnswer, SearchQuery } from "./search-types";
import { getState, sendDocuments, startWorker, waitForIndex, type SearchSource } from "./search-worker-host";

/** How long after a change of content search gathers its documents. */
const REINDEX_DELAY_MS = 300;

/**
 * Hands search the current content. Servers index it in the background, in
 * the search worker; the page that called this is not held up. Called when
 * the server starts and whenever the content changes.
 */
export function setSearchSource(source: SearchSource): void {
  const state = getState();
  if (state.source && state.source.generation >= source.generation) return;
  state.source = source;
  // Not at once after a change: gathering the documents takes the main thread for 0.1–0.4 s at
  // 5,000 days, and the pages of the new content (rendered again on their next request) come first.
  startIndexing(state, state.worker && state.loaded ? REINDEX_DELAY_MS : 0);
}

/**
 * Lets this process run the search worker: a server does, as it starts (instrumentation.ts).
 * Scripts that only read the content (the bench, content:check) never start one.
 */
export function enableSearchWorker(): void {
  const state = getState();
  state.serving = true;
  if (state.source) startIndexing(state, 0);
}

function startIndexing(state: ReturnType<typeof getState>, delayMs: number): void {
  if (!getConfig().searchInWorker || !state.serving) return;
  watchMainThread();
  if (!state.worker && !state.restartTimer) startWorker(state);
  setTimeout(() => sendDocuments(state), delayMs);
}

/**
 * Answers a query within the budget (SEARCH_BUDGET): refused at once when too
 * long or too wordy; otherwise run by the search worker, which gives up after
 * its time limit. Right after a start, waits a few seconds for the index; when
 * too many searches are waiting, or the answer is late, says search is busy.
 * `generation` is that of the documents the answer came from.
 */
export async function runSearchQuery(query: SearchQuery): Promise<{ generation: number; answer: SearchAnswer }> {
  const state = getState();
  const refused = checkSearchBudget(query.q);
  if (refused) return { generation: -1, answer: { refused } };
  const { source } = state;
  if (!source) return { generation: -1, answer: { refused: "not-ready" } };
  if (!getConfig().searchInWorker) {
    if (state.inline?.generation !== source.generation) {
      state.inline = { generation: source.generation, index: createSearchIndex(source.getDocuments()) };
    }
    return { generation: source.generation, answer: runSearch(state.inline.index, query, performance.now() + SEARCH_BUDGET.timeLimitMs) };
  }
  await waitForIndex(state, SEARCH_BUDGET.readyTimeoutMs);
  const { worker } = state;
  if (!worker || !state.loaded) return { generation: -1, answer: { refused: state.worker ? "not-ready" : "unavailable" } };
  if (state.pending.size >= SEARCH_BUDGET.maxQueued) return { generation: -1, answer: { refused: "busy" } };
  const id = state.nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.pending.delete(id);
      resolve({ generation: -1, answer: { refused: "busy" } });
      // Nothing heard for that long while queries wait, and no index being built: the worker is stuck. Replace it.
      const silent = Date.now() - state.lastReplyAt > SEARCH_BUDGET.answerTimeoutMs;
      if (state.worker === worker && silent && state.loadingSince === undefined) void worker.terminate();
    }, SEARCH_BUDGET.answerTimeoutMs);
    state.pending.set(id, { resolve, timer });
    const request: SearchRequest = { type: "query", id, query, timeLimitMs: SEARCH_BUDGET.timeLimitMs };
    worker.postMessage(request);
  });
}
