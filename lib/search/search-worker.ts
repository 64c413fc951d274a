/**
 * The search worker thread's entry: holds the index and answers queries, so
 * that building the index and running queries never hold up the server's main
 * thread, where every page is rendered. Started by search-service.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createSearchHandler, type SearchRequest, type SearchWorkerSettings } from "./search-protocol";

const settings: SearchWorkerSettings = workerData ?? {};
const handle = createSearchHandler(settings);
parentPort?.on("message", (request: SearchRequest) => parentPort?.postMessage(handle(request)));
