import { formatBodyEtag } from "@/lib/serve/page-etag.mjs";

/** A strong validator for a response body, so caches and feed readers can revalidate with If-None-Match (the same as the app server gives pages). */
export function formatEtag(body: string): string {
  return formatBodyEtag(body);
}
