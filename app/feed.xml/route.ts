import { getFeedView } from "@/lib/content";
import { formatFeedResponse } from "@/lib/publish/feed-response";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (the content store notices them).
export const revalidate = 15;

/** All conflicts' latest briefings. */
export function GET() {
  return formatFeedResponse("rss", getFeedView());
}
