import "server-only";
import { createHash } from "node:crypto";
import { getConflictParams } from "./content";
import { getJsonFeed, getXmlFeed } from "./feeds";

const TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/** A strong validator for a response body, so caches and feed readers can revalidate with If-None-Match. */
export function formatEtag(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The HTTP response for one feed; 404 for an unknown conflict. */
export function getFeedResponse(format: keyof typeof TYPES, slug?: string): Response {
  const body = format === "json" ? getJsonFeed(slug) : getXmlFeed(format, slug);
  if (body === undefined) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": TYPES[format], etag: formatEtag(body) } });
}

/** The route of one kind of feed for one conflict: `/<conflict>/feed.xml` and its siblings. */
export function createConflictFeedRoute(format: keyof typeof TYPES) {
  return {
    generateStaticParams: getConflictParams,
    async GET(_request: Request, { params }: { params: Promise<{ conflict: string }> }) {
      return getFeedResponse(format, (await params).conflict);
    },
  };
}
