import { getConflictParams, getFeedView } from "@/lib/content";
import { formatFeedResponse, type FeedFormat } from "@/lib/publish/feed-response";

/** The route of one kind of feed for one conflict: `/<conflict>/feed.xml` and its siblings. */
export function createConflictFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: getConflictParams,
    async GET(_request: Request, { params }: { params: Promise<{ conflict: string }> }) {
      return formatFeedResponse(format, getFeedView((await params).conflict));
    },
  };
}
