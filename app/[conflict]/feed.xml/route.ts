import { createConflictFeedRoute } from "@/app/_feeds/feed-route";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (the content store notices them).
export const revalidate = 15;

/** One conflict's latest briefings. */
export const { generateStaticParams, GET } = createConflictFeedRoute("rss");
