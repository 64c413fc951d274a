import { createConflictFeedRoute } from "@/lib/feed-response";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (lib/content-store.ts notices them).
export const revalidate = 15;

/** One conflict's latest briefings. */
export const { generateStaticParams, GET } = createConflictFeedRoute("json");
