import { createHash } from "node:crypto";

/** A strong validator for a response body, so caches and feed readers can revalidate with If-None-Match. */
export function formatEtag(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}
