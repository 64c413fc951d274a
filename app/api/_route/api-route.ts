import { createMethodNotAllowed, formatApiResponse, formatPreflightResponse, type ApiResult } from "@/lib/api/http";

/**
 * The handlers of one API address: GET and HEAD answer with what `resolve` makes of the
 * address's parameters (HEAD without building the body); OPTIONS answers a CORS
 * preflight; POST, PUT, PATCH and DELETE get 405 with Allow. Next.js would answer those
 * with an empty 405 without Allow, and a HEAD by running GET in full. (proxy.ts answers
 * methods Next.js does not route, e.g. PROPFIND, the same way.)
 */
export function createApiRoute<P>(resolve: (params: P) => ApiResult) {
  const read = async (request: Request, { params }: { params: Promise<P> }) => formatApiResponse(request, resolve(await params));
  const refuse = (request: Request) => formatApiResponse(request, createMethodNotAllowed());
  return { GET: read, HEAD: read, OPTIONS: formatPreflightResponse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
