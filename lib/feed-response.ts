import "server-only";
import { getJsonFeed, getXmlFeed } from "./feeds";

const TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/** The HTTP response for one feed; 404 for an unknown conflict. */
export function getFeedResponse(format: keyof typeof TYPES, slug?: string): Response {
  const body = format === "json" ? getJsonFeed(slug) : getXmlFeed(format, slug);
  if (body === undefined) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": TYPES[format] } });
}
