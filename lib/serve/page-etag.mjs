// Validators for the pages scripts/app-server.mjs sends (next.config.mjs turns Next.js's own off).
import { createHash } from "node:crypto";

/**
 * A strong ETag for a response body: the first 27 characters of its SHA-1 in base64url. The one
 * implementation: pages (the app server, on the bytes sent), and feeds, CSV files and the API
 * through lib/publish/etag.ts. A string is hashed as its UTF-8 bytes.
 * @param {Buffer | string} body
 * @returns {string}
 */
export function formatBodyEtag(body) {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header names this ETag (or is "*"), so the answer is 304. Comparison is
 * weak, as RFC 9110 asks for If-None-Match: a `W/` prefix is ignored.
 * @param {string | string[] | undefined} ifNoneMatch
 * @param {string} etag
 * @returns {boolean}
 */
export function isNotModified(ifNoneMatch, etag) {
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
