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
  const { requestSiteRevalidation, requestSiteRevalidationPersistently } = await import("@/lib/publish/site-revalidation");
  setImmediate(() => {
    startSearchIndex();
    try {
      startContentMonitor((generation) => void requestSiteRevalidationPersistently(generation));
    } catch (error) {
      // Pages have no time-based regeneration (app/layout.tsx): without a monitor, every page is
      // rendered again every 15 s instead (requests refresh the content store every 5 s).
      console.error(`Daybook could not watch the content: ${error instanceof Error ? error.message : String(error)}`);
      setInterval(() => void requestSiteRevalidation(0), 15_000).unref();
    }
  });
}
