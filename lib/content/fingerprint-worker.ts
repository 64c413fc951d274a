/**
 * The content monitor's worker thread: stats every content file (computeFingerprint) where the
 * server's main thread does not see it. 5,000 stats cost about 40 ms of a thread, and even when
 * awaited one by one on the main thread their callbacks stalled the pages rendered meanwhile
 * (every poll put a 130–230 ms request into a steady stream of day pages). Started by
 * fingerprint-thread.ts.
 */
import { parentPort } from "node:worker_threads";
import { computeFingerprint } from "./fingerprint";

parentPort?.on("message", ({ id, dir }: { id: number; dir: string }) => parentPort?.postMessage({ id, files: computeFingerprint(dir) }));
