/**
 * The main thread's side of the search worker: its state (kept on globalThis,
 * since Next.js bundles routes separately and each must not start its own
 * worker), starting and restarting it, sending it documents, and hearing back.
 */
import { Worker } from "node:worker_threads";
import { getConfig } from "@/lib/config";
import { getTransferList, type SearchDocuments } from "./search-documents";
import type { SearchIndex } from "./search-index";
import type { SearchIndexStats, SearchReply, SearchRequest, SearchWorkerSettings } from "./search-protocol";
import type { SearchAnswer } from "./search-types";

/** The content to index: a generation number (newer content, higher number) and how to get its documents. */
export interface SearchSource {
  generation: number;
  getDocuments: () => SearchDocuments;
}

interface Pending {
  resolve: (answer: { generation: number; answer: SearchAnswer }) => void;
  timer: NodeJS.Timeout;
}

/** Everything the main thread knows about search in this process. */
export interface State {
  /** Set by a server as it starts (enableSearchWorker): only then is there a worker. */
  serving?: boolean;
  source?: SearchSource;
  worker?: Worker;
  /** The newest generation posted to the worker, and the newest it has indexed. */
  sent: number;
  loaded?: { generation: number; stats: SearchIndexStats };
  /** Set while the worker builds an index (it answers nothing meanwhile, and is not stuck). */
  loadingSince?: number;
  pending: Map<number, Pending>;
  nextId: number;
  lastReplyAt: number;
  failures: number;
  restartTimer?: NodeJS.Timeout;
  readyWaiters: Set<() => void>;
  /** In-process search (unit tests): the index of one generation. */
  inline?: { generation: number; index: SearchIndex };
}

const holder = globalThis as typeof globalThis & { __daybookSearch?: State };

/** The one state of this process. */
export function getState(): State {
  return (holder.__daybookSearch ??= { sent: -1, pending: new Map(), nextId: 0, lastReplyAt: 0, failures: 0, readyWaiters: new Set() });
}

/** Starts the worker thread; when it stops, fails what it was asked and restarts it, with backoff. */
export function startWorker(state: State): void {
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
    state.loadingSince = undefined;
    for (const [id, pending] of state.pending) {
      clearTimeout(pending.timer);
      pending.resolve({ generation: -1, answer: { refused: "unavailable" } });
      state.pending.delete(id);
    }
    const delay = Math.min(30_000, 1_000 * 2 ** state.failures++);
    console.error(`Daybook search worker stopped (exit code ${code}); restarting it in ${delay / 1000} s`);
    state.restartTimer = setTimeout(() => {
      state.restartTimer = undefined;
      startWorker(state);
      sendDocuments(state);
    }, delay).unref();
  });
}

function receive(state: State, reply: SearchReply): void {
  state.lastReplyAt = Date.now();
  if (reply.type === "loaded") {
    state.loaded = { generation: reply.generation, stats: reply.stats };
    state.loadingSince = undefined;
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
export function sendDocuments(state: State): void {
  const { source, worker } = state;
  if (!source || !worker || source.generation <= state.sent) return;
  const documents = source.getDocuments();
  const request: SearchRequest = { type: "load", generation: source.generation, documents };
  worker.postMessage(request, getTransferList(documents));
  state.sent = source.generation;
  state.loadingSince = Date.now();
}

/** Resolves once the worker has an index, or after `ms`. */
export function waitForIndex(state: State, ms: number): Promise<void> {
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
