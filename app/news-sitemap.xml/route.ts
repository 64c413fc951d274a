import { getSitemapView } from "@/lib/content";
import { formatNewsSitemapXml } from "@/lib/publish/sitemaps";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (the content store notices them).
export const revalidate = 15;

export function GET() {
  return new Response(formatNewsSitemapXml(getSitemapView()), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
