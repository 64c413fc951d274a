import { getFeedResponse } from "@/lib/feed-response";

export const dynamic = "force-static";
// Re-generated at most every 30 s after content changes (lib/content-store.ts notices them).
export const revalidate = 30;

/** All conflicts' latest briefings. */
export function GET() {
  return getFeedResponse("atom");
}
