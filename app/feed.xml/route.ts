import { getFeedResponse } from "@/lib/feed-response";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (lib/content-store.ts notices them).
export const revalidate = 15;

/** All conflicts' latest briefings. */
export function GET() {
  return getFeedResponse("rss");
}
