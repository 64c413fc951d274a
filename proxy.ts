import { NextResponse, type NextRequest } from "next/server";
import { createMethodNotAllowed, createUnknownAddress, formatApiResponse } from "@/lib/api/http";
import { isSearchFlooding } from "@/lib/search/search-load";
import { getSecurityHeaders } from "@/lib/security-headers.mjs";

/** Longest path any page of the site can have; real ones are under 60 characters. */
const MAX_PATH_LENGTH = 200;

function isMalformed(pathname: string): boolean {
  if (pathname.length > MAX_PATH_LENGTH) return true;
  try {
    // Control characters (an encoded NUL, CR or LF) never belong in an address and
    // make the router's page cache fail on its file names.
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

const NOT_FOUND_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex"><title>Page not found · Daybook</title>' +
  '<body><main><h1>Page not found</h1><p><a href="/">Go to the briefings</a></p></main></body></html>';

const SEARCH_BUSY_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex"><title>Search is busy · Daybook</title>' +
  "<body><main><h1>Search is busy</h1><p>Too many searches are arriving at once; pages come first. Try again in a few seconds.</p>" +
  '<p><a href="/">Go to the briefings</a></p></main></body></html>';

function respond(html: string, status: number, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", ...extra });
  for (const { key, value } of getSecurityHeaders()) headers.set(key, value);
  return new NextResponse(html, { status, headers });
}

/**
 * Answers overlong, badly percent-encoded or control-character paths with a 404 before routing:
 * left to the router they can make it fail with a 500 (undecodable segments) or
 * try to cache a file whose name is too long for the file system. Turns searches away with a
 * small 503, after a second's wait, while a flood of them has pages waiting for the main thread
 * (lib/search/search-load.ts): cheaper by far than rendering a search page, and never cached.
 */
export async function proxy(request: NextRequest) {
  const pathname = new URL(request.url).pathname;
  if (pathname === "/api" || pathname.startsWith("/api/")) return answerApi(request, pathname);
  if (isMalformed(pathname)) return respond(NOT_FOUND_HTML, 404);
  if (pathname === "/search" && (await isSearchFlooding())) {
    return respond(SEARCH_BUSY_HTML, 503, { "retry-after": "5", "cache-control": "no-store" });
  }
  return NextResponse.next();
}

/** Methods the API's route handlers answer themselves (the others 405 there, as here). */
const ROUTED_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

/**
 * The API answers in problem+json, never HTML: a malformed path is its 404, and a method
 * Next.js does not route (PROPFIND, or any other token; Next.js would answer 400) its 405.
 */
function answerApi(request: NextRequest, pathname: string) {
  const problem = isMalformed(pathname)
    ? createUnknownAddress()
    : ROUTED_METHODS.has(request.method)
      ? undefined
      : createMethodNotAllowed();
  if (!problem) return NextResponse.next();
  const response = formatApiResponse(request, problem);
  for (const { key, value } of getSecurityHeaders()) response.headers.set(key, value);
  return response;
}

// Only paths that could be malformed reach the proxy (those holding a percent escape or
// longer than any real page), the API's (for methods Next.js does not route), and search.
// Every other request skips it, which keeps serving fast.
export const config = {
  matcher: ["/(.*%.*)", "/(.{150,})", "/api", "/api/:path*", "/search"],
};
