import { Worker } from "node:worker_threads";
import { computeFingerprint } from "./fingerprint";

interface Thread {
  worker: Worker;
  pending: Map<number, { dir: string; resolve: (files: string) => void }>;
  next: number;
  answered: boolean;
}

let thread: Thread | undefined;
/** Set when the worker cannot run here (vitest runs TypeScript that a worker thread cannot load). */
let unavailable = false;

function startThread(): Thread {
  // Next.js bundles the worker's code from this URL, as it does the search worker's.
  const worker = new Worker(new URL("./fingerprint-worker.ts", import.meta.url), {
    // Small: it holds one listing at a time (about 100 bytes a file), and the server's memory has a ceiling.
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
  });
  worker.unref(); // never what keeps a process alive
  const started: Thread = { worker, pending: new Map(), next: 0, answered: false };
  worker.on("message", ({ id, files }: { id: number; files: string }) => {
    started.answered = true;
    started.pending.get(id)?.resolve(files);
    started.pending.delete(id);
  });
  const fail = (error?: Error) => {
    if (thread === started) thread = undefined;
    // One that never answered cannot run here; one that stopped later is started again when next asked.
    if (!started.answered && !unavailable) {
      unavailable = true;
      console.error(`Daybook content monitor: no worker thread (${error?.message ?? "it stopped"}); files are checked on the main thread`);
    }
    // What was asked is answered on this thread instead: a poll never goes unanswered.
    for (const { dir, resolve } of started.pending.values()) resolve(computeFingerprint(dir));
    started.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", () => fail());
  return started;
}

/**
 * computeFingerprint, run on a worker thread of its own, so that a server's periodic check
 * costs its main thread (where pages render) one message. Where a worker cannot start, it runs
 * on the calling thread (about 40 ms at 5,000 files): awaiting the stats one by one there would
 * not help, as their callbacks stall the pages rendered meanwhile just the same.
 */
export function computeFingerprintOffThread(dir: string): Promise<string> {
  if (unavailable) return Promise.resolve(computeFingerprint(dir));
  thread ??= startThread();
  const current = thread;
  return new Promise((resolve) => {
    const id = current.next++;
    current.pending.set(id, { dir, resolve });
    current.worker.postMessage({ id, dir });
  });
}
