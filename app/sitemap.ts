import type { MetadataRoute } from "next";
import { getSitemapView } from "@/lib/content";
import { formatSitemapEntries } from "@/lib/publish/sitemaps";

// Re-generated at most every 15 s once content has changed.
export const revalidate = 15;

export default function sitemap(): MetadataRoute.Sitemap {
  return formatSitemapEntries(getSitemapView());
}
