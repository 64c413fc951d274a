import { getConflictParams } from "@/lib/content";
import { getFeedResponse } from "@/lib/feed-response";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (lib/content-store.ts notices them).
export const revalidate = 15;

export function generateStaticParams() {
  return getConflictParams();
}

/** One conflict's latest briefings. */
export async function GET(_request: Request, { params }: { params: Promise<{ conflict: string }> }) {
  return getFeedResponse("atom", (await params).conflict);
}
