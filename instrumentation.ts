/**
 * Runs once when a Next.js server starts (`next start`, `next dev`): loads the
 * content and starts building the search index in the search worker, so that
 * no reader's search waits for it. Only in the Node.js runtime, where the
 * content module can run; scheduled just after start-up, so the server is
 * listening while the content loads.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSearchIndex } = await import("@/lib/content");
  setImmediate(startSearchIndex);
}
