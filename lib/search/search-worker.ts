/**
 * The search worker thread's entry: holds the index and answers queries, so
 * that building the index and running queries never hold up the server's main
 * thread, where every page is rendered. Started by search-service.ts.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { createSearchHandler, type SearchRequest, type SearchWorkerSettings } from "./search-protocol";

/**
 * On Linux a nice value belongs to a thread, and `setPriority(0, …)` sets the
 * calling thread's: this worker yields the CPU to the main thread (pages) and
 * to anything else the machine runs, so a flood of searches on a small server
 * slows search, not the site. Elsewhere it may apply to the whole process, so
 * only on Linux; a refusal (a locked-down container) changes nothing else.
 */
export const SEARCH_WORKER_NICE = 10;
if (process.platform === "linux") {
  try {
    setPriority(0, SEARCH_WORKER_NICE);
  } catch {
    // Running at the process's own priority is still correct, only less polite.
  }
}

const settings: SearchWorkerSettings = workerData ?? {};
const handle = createSearchHandler(settings);
parentPort?.on("message", (request: SearchRequest) => parentPort?.postMessage(handle(request)));
