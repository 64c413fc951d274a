import { Worker } from "node:worker_threads";
import { getConfig } from "@/lib/config";
import { SEARCH_BUDGET, checkSearchBudget } from "./search-budget";
import { getTransferList, type SearchDocuments } from "./search-documents";
import { runSearch } from "./search-engine";
import { createSearchIndex, type SearchIndex } from "./search-index";
import { isMainThreadBusy, watchMainThread } from "./search-load";
import type { SearchIndexStats, SearchReply, SearchRequest, SearchWorkerSettings } from "./search-protocol";
import type { SearchAnswer, SearchQuery } from "./search-types";

/** The content to index: a generation number (newer content, higher number) and how to get its documents. */
export interface SearchSource {
  generation: number;
  getDocuments: () => SearchDocuments;
}

interface Pending {
  resolve: (answer: { generation: number; answer: SearchAnswer }) => void;
  timer: NodeJS.Timeout;
}

interface State {
  source?: SearchSource;
  worker?: Worker;
  /** The newest generation posted to the worker, and the newest it has indexed. */
  sent: number;
  loaded?: { generation: number; stats: SearchIndexStats };
  pending: Map<number, Pending>;
  nextId: number;
  lastReplyAt: number;
  failures: number;
  restartTimer?: NodeJS.Timeout;
  readyWaiters: Set<() => void>;
  /** In-process search (unit tests): the index of one generation. */
  inline?: { generation: number; index: SearchIndex };
}

/** Kept on globalThis: Next.js bundles routes separately, and each must not start its own worker. */
const holder = globalThis as typeof globalThis & { __daybookSearch?: State };

function getState(): State {
  return (holder.__daybookSearch ??= { sent: -1, pending: new Map(), nextId: 0, lastReplyAt: 0, failures: 0, readyWaiters: new Set() });
}

function startWorker(state: State): void {
  const settings: SearchWorkerSettings = { testDelay: getConfig().searchTestDelay };
  // Next.js (Turbopack) bundles the worker's code from this URL, in production builds and in `next dev` alike.
  const worker = new Worker(new URL("./search-worker.ts", import.meta.url), {
    workerData: settings,
    // A ceiling on the index's heap: past it the worker stops (and is restarted) instead of the server growing.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  worker.unref(); // never what keeps a process alive
  state.worker = worker;
  state.sent = -1;
  state.lastReplyAt = Date.now();
  worker.on("message", (reply: SearchReply) => receive(state, reply));
  worker.on("error", (error) => console.error(`Daybook search worker failed: ${error.message}`));
  worker.on("exit", (code) => {
    if (state.worker !== worker) return;
    state.worker = undefined;
    state.loaded = undefined;
    for (const [id, pending] of state.pending) {
      clearTimeout(pending.timer);
      pending.resolve({ generation: -1, answer: { refused: "unavailable" } });
      state.pending.delete(id);
    }
    const delay = Math.min(30_000, 1_000 * 2 ** state.failures++);
    console.error(`Daybook search worker stopped (exit code ${code}); restarting it in ${delay / 1000} s`);
    state.restartTimer = setTimeout(() => {
      startWorker(state);
      sendDocuments(state);
    }, delay).unref();
  });
}

function receive(state: State, reply: SearchReply): void {
  state.lastReplyAt = Date.now();
  if (reply.type === "loaded") {
    state.loaded = { generation: reply.generation, stats: reply.stats };
    state.failures = 0;
    const { documents, terms, postings, bytes, buildMs } = reply.stats;
    console.log(
      `Daybook search index ready: ${documents} documents, ${terms} terms, ${postings} postings, ${(bytes / 2 ** 20).toFixed(1)} MB, built in ${Math.round(buildMs)} ms`,
    );
    for (const wake of state.readyWaiters) wake();
    state.readyWaiters.clear();
    return;
  }
  const pending = state.pending.get(reply.id);
  if (!pending) return; // answered too late: the reader was already told search is busy
  clearTimeout(pending.timer);
  state.pending.delete(reply.id);
  pending.resolve({ generation: reply.generation, answer: reply.answer });
}

/** Posts the newest documents to the worker, unless it has them already. */
function sendDocuments(state: State): void {
  const { source, worker } = state;
  if (!source || !worker || source.generation <= state.sent) return;
  const documents = source.getDocuments();
  const request: SearchRequest = { type: "load", generation: source.generation, documents };
  worker.postMessage(request, getTransferList(documents));
  state.sent = source.generation;
}

/**
 * Hands search the current content. Servers index it in the background, in
 * the search worker (started on first use); the page that called this is not
 * held up. Called when the server starts and whenever the content changes.
 */
export function setSearchSource(source: SearchSource): void {
  const state = getState();
  if (state.source && state.source.generation >= source.generation) return;
  state.source = source;
  if (!getConfig().searchInWorker) return;
  watchMainThread();
  if (!state.worker && !state.restartTimer) startWorker(state);
  setImmediate(() => sendDocuments(state));
}

function waitForIndex(state: State, ms: number): Promise<void> {
  if (state.loaded) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      state.readyWaiters.delete(wake);
      resolve();
    }, ms);
    state.readyWaiters.add(wake);
  });
}

/**
 * Answers a query within the budget (SEARCH_BUDGET): refused at once when too
 * long or too wordy; otherwise run by the search worker, which gives up after
 * its time limit. Right after a start, waits a few seconds for the index; when
 * too many searches are waiting, the main thread is running late (pages are
 * waiting), or the answer is late, says search is busy.
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
  if (state.pending.size >= SEARCH_BUDGET.maxQueued || isMainThreadBusy()) return { generation: -1, answer: { refused: "busy" } };
  const id = state.nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.pending.delete(id);
      resolve({ generation: -1, answer: { refused: "busy" } });
      // Nothing heard for that long while queries wait: the worker is stuck. Replace it.
      if (state.worker === worker && Date.now() - state.lastReplyAt > SEARCH_BUDGET.answerTimeoutMs) void worker.terminate();
    }, SEARCH_BUDGET.answerTimeoutMs);
    state.pending.set(id, { resolve, timer });
    const request: SearchRequest = { type: "query", id, query, timeLimitMs: SEARCH_BUDGET.timeLimitMs };
    worker.postMessage(request);
  });
}
