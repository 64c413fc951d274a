import type { ChangesFeedView, FeedView } from "@/lib/content";
import { formatChangesFeed } from "./changes-feed";
import { notFoundResponse } from "@/lib/redirect";
import { formatEtag } from "./etag";
import { formatJsonFeed, formatXmlFeed } from "./feeds";

const TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

export type FeedFormat = keyof typeof TYPES;

/** The HTTP response for one feed, with an ETag; 404 when there is no feed (an unknown conflict). */
export function formatFeedResponse(format: FeedFormat, view: FeedView | undefined): Response {
  if (!view) return notFoundResponse();
  const body = format === "json" ? formatJsonFeed(view) : formatXmlFeed(format, view);
  return new Response(body, { headers: { "content-type": TYPES[format], etag: formatEtag(body) } });
}

/** The HTTP response for a conflict's changes feed (Atom), with an ETag; 404 for an unknown conflict. */
export function formatChangesFeedResponse(view: ChangesFeedView | undefined): Response {
  if (!view) return notFoundResponse();
  const body = formatChangesFeed(view);
  return new Response(body, { headers: { "content-type": TYPES.atom, etag: formatEtag(body) } });
}
