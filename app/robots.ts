import type { MetadataRoute } from "next";
import { formatAbsoluteUrl, getSiteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: [formatAbsoluteUrl("/sitemap.xml"), formatAbsoluteUrl("/news-sitemap.xml")],
    host: getSiteUrl(),
  };
}
