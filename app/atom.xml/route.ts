import { getFeedResponse } from "@/lib/feed-response";

export const dynamic = "force-static";

/** All conflicts' latest briefings. */
export function GET() {
  return getFeedResponse("atom");
}
