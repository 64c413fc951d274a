import { revalidatePath } from "next/cache";
import { isRevalidationAuthorized, REVALIDATE_HEADER } from "@/lib/publish/site-revalidation";

export const dynamic = "force-dynamic";

const NOT_FOUND = () =>
  new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * The server's own call, when its content changed (lib/content/monitor.ts): every page,
 * feed and sitemap is rendered again on its next request. Anyone else gets a 404.
 */
export function POST(request: Request): Response {
  if (!isRevalidationAuthorized(request.headers.get(REVALIDATE_HEADER))) return NOT_FOUND();
  revalidatePath("/", "layout");
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}

export const GET = NOT_FOUND;
