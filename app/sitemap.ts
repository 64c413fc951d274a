import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/lib/sitemaps";

export default function sitemap(): MetadataRoute.Sitemap {
  return getSitemapEntries();
}
