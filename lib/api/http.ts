import { PAGE_CACHE_CONTROL } from "@/lib/cache-control.mjs";
import { serializeApiJson } from "./json";
import type { ApiProblem } from "./schemas";

/** The exact Content-Type of each kind of API response. */
export const API_CONTENT_TYPES = {
  json: "application/json",
  ndjson: "application/x-ndjson",
  csv: "text/csv; charset=utf-8",
  problem: "application/problem+json",
} as const;

/**
 * The pages' caching policy (lib/cache-control.mjs). A CDN keeps a response 15 s, then serves
 * it while it revalidates it with its ETag (the production setup's nginx keeps pages 1 s, and
 * passes /api/ through); browsers always revalidate. The e2e tests check that a page and the
 * API send the same header.
 */
export const API_CACHE_CONTROL = PAGE_CACHE_CONTROL;

/** The methods every API address answers; any other gets 405. */
export const API_ALLOW = "GET, HEAD, OPTIONS";

/** CORS: anyone may read the API from a browser, with the ETag visible for revalidation. */
const CORS = { "access-control-allow-origin": "*", "access-control-expose-headers": "ETag, Content-Disposition" };

/** A successful answer before it becomes a Response: the body is built only for GET, a stream only when read. */
export interface ApiBody {
  kind: "json" | "ndjson" | "csv";
  etag: string;
  body: string | (() => ReadableStream<Uint8Array>);
  /** Offered as the file name of a download. */
  filename?: string;
}

/** A problem (RFC 9457) as the handlers return it. */
export interface ApiError {
  problem: ApiProblem;
  headers?: Record<string, string>;
}

export type ApiResult = ApiBody | ApiError;

const REASONS: Record<number, string> = { 404: "Not Found", 405: "Method Not Allowed" };

/**
 * A problem with `about:blank` as its type: its status and title say what happened,
 * `detail` says why (never echoing the address, which the response's `instance` gives).
 */
export function createProblem(status: 404 | 405, detail: string, headers?: Record<string, string>): ApiError {
  return { problem: { type: "about:blank", title: REASONS[status] ?? "Error", status, detail }, headers };
}

/** 404 for an address under /api/ that no endpoint has (or that is malformed). */
export function createUnknownAddress(): ApiError {
  return createProblem(404, "No API resource at this address; /api/v1/openapi.json describes them all.");
}

/** 405 for any method but GET, HEAD and OPTIONS, naming the ones allowed. */
export function createMethodNotAllowed(): ApiError {
  return createProblem(405, "The API is read-only: use GET or HEAD.", { allow: API_ALLOW });
}

/** True when If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2) or is `*`. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.trim() === "*" || header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** The response to a GET or HEAD (or, for problems, any method): 304 when the client's copy is current. */
export function formatApiResponse(request: Request, result: ApiResult): Response {
  const head = request.method === "HEAD";
  if ("problem" in result) {
    const headers = {
      ...CORS,
      "content-type": API_CONTENT_TYPES.problem,
      "cache-control": result.problem.status === 404 ? API_CACHE_CONTROL : "no-store",
      ...result.headers,
    };
    const problem: ApiProblem = { ...result.problem, instance: new URL(request.url).pathname };
    return new Response(head ? null : serializeApiJson(problem), { status: problem.status, headers });
  }
  const cache = { ...CORS, etag: result.etag, "cache-control": API_CACHE_CONTROL };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), result.etag)) return new Response(null, { status: 304, headers: cache });
  const headers: Record<string, string> = { ...cache, "content-type": API_CONTENT_TYPES[result.kind] };
  if (result.filename) headers["content-disposition"] = `attachment; filename="${result.filename}"`;
  if (head) return new Response(null, { status: 200, headers });
  return new Response(typeof result.body === "string" ? result.body : result.body(), { status: 200, headers });
}

/** The answer to OPTIONS, including a CORS preflight: GET and HEAD from any origin, revalidating with If-None-Match. */
export function formatPreflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      allow: API_ALLOW,
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD",
      "access-control-allow-headers": "Accept, If-None-Match",
      "access-control-max-age": "86400",
      "cache-control": "public, max-age=86400",
    },
  });
}
