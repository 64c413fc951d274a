/**
 * Runs once when a Next.js server starts (`next start`, `next dev`): loads the
 * content and starts building the search index in the search worker, so that
 * no reader's search waits for it; in production, starts watching the content,
 * and has every page rendered again when it changes (lib/content/monitor.ts). Only in the Node.js runtime, where the
 * content module can run; scheduled just after start-up, so the server is
 * listening while the content loads.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startContentMonitor, startSearchIndex } = await import("@/lib/content");
  const { startSiteRevalidation } = await import("@/lib/publish/site-revalidation");
  setImmediate(() => {
    startSearchIndex();
    // Pages have no time-based regeneration (app/layout.tsx): the monitor has them rendered again when the
    // content changes, or, if it cannot start, they are rendered again every 15 s.
    startSiteRevalidation(startContentMonitor);
  });
}
