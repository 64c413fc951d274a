// The memory ceiling of a Daybook server, shared by `npm start` (scripts/start.mjs) and the
// bench. V8 lets a busy server's heap grow far past what it keeps alive (at 5,000 days,
// about 230 MB live after a crawl of every page, in a heap of 500-650 MB and 950 MB RSS):
// capped, it collects garbage sooner instead. Past the cap a server would stop with an
// out-of-memory error, so it leaves room above the live set (BENCHMARKS.md, "Resilience: memory").
export const SERVER_HEAP_MB = 384;

/** NODE_OPTIONS for `next start`: the given options plus the heap ceiling, unless they set one. */
export function withHeapCeiling(nodeOptions = "") {
  return /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
