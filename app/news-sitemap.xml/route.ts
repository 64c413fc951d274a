import { getNewsSitemapXml } from "@/lib/sitemaps";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (lib/content-store.ts notices them).
export const revalidate = 15;

export function GET() {
  return new Response(getNewsSitemapXml(), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
