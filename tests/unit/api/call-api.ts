import * as unknownPath from "@/app/api/[[...path]]/route";
import * as conflict from "@/app/api/v1/conflicts/[conflict]/route";
import * as ndjson from "@/app/api/v1/conflicts/[conflict]/days.ndjson/route";
import * as day from "@/app/api/v1/conflicts/[conflict]/days/[date]/route";
import * as csv from "@/app/api/v1/conflicts/[conflict]/items.csv/route";
import * as conflicts from "@/app/api/v1/conflicts/route";
import * as openapi from "@/app/api/v1/openapi.json/route";

export type Method = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;
type Call = (method: Method, request: Request, match: RegExpExecArray) => Response | Promise<Response>;

/** One route module, with how its folder's dynamic segments come out of the path. */
function route<P>(
  pattern: RegExp,
  module: Record<Method, Handler<P>>,
  params: (match: RegExpExecArray) => P,
): { pattern: RegExp; call: Call } {
  return { pattern, call: (method, request, match) => module[method](request, { params: Promise.resolve(params(match)) }) };
}

// The app's own route modules, matched as Next.js matches their folders (most specific first).
const ROUTES = [
  route(/^\/api\/v1\/conflicts$/, conflicts, () => ({})),
  route(/^\/api\/v1\/openapi\.json$/, openapi, () => ({})),
  route(/^\/api\/v1\/conflicts\/([^/]+)\/days\.ndjson$/, ndjson, (m) => ({ conflict: m[1]! })),
  route(/^\/api\/v1\/conflicts\/([^/]+)\/items\.csv$/, csv, (m) => ({ conflict: m[1]! })),
  route(/^\/api\/v1\/conflicts\/([^/]+)\/days\/([^/]+)$/, day, (m) => ({ conflict: m[1]!, date: m[2]! })),
  route(/^\/api\/v1\/conflicts\/([^/]+)$/, conflict, (m) => ({ conflict: m[1]! })),
  route(/^\/api(\/.*)?$/, unknownPath, () => ({})),
];

/** Calls the route handler Next.js would run for an API path, with a real Request, and returns its Response. */
export async function callApi(path: string, method: Method = "GET", headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://127.0.0.1:3000${path}`, { method, headers });
  for (const { pattern, call } of ROUTES) {
    const match = pattern.exec(path);
    if (match) return call(method, request, match);
  }
  throw new Error(`no API route for ${path}`);
}
