import { getChangesFeedView, getConflictParams } from "@/lib/content";
import { formatChangesFeedResponse } from "@/lib/publish/feed-response";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (the content store notices new commits too).
export const revalidate = 15;

export const generateStaticParams = getConflictParams;

/** Changes made to a conflict's published days after their first publication (Atom). */
export async function GET(_request: Request, { params }: { params: Promise<{ conflict: string }> }) {
  return formatChangesFeedResponse(getChangesFeedView((await params).conflict));
}
