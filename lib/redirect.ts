/**
 * A redirect with a relative Location, so it stays right behind any proxy or host
 * name, and a 404 with a short text body.
 */
export function redirectTo(path: string, status: 303 | 307 | 308): Response {
  return new Response(null, { status, headers: { location: path, "cache-control": status === 308 ? "public, max-age=3600" : "no-store" } });
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
