import type { Metadata } from "next";
import { formatFeedPaths } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

interface PageMetadata {
  title: string;
  description: string;
  /** The page's path; becomes its canonical URL. */
  path: string;
  /** Feeds to advertise besides the site-wide ones. */
  conflict?: { slug: string; name: string };
  article?: { published: string; modified: string; section: string };
}

/** `<link rel="alternate">` feeds: the conflict's own first (when given), then the site-wide ones. */
export function buildFeedAlternates(conflict?: { slug: string; name: string }) {
  const all = formatFeedPaths();
  const own = conflict ? formatFeedPaths(conflict.slug) : undefined;
  const feeds = (kind: keyof typeof all) => [
    ...(own && conflict ? [{ url: own[kind], title: `${conflict.name} · ${SITE_NAME}` }] : []),
    { url: all[kind], title: `${SITE_NAME}: all conflicts` },
  ];
  return { "application/rss+xml": feeds("rss"), "application/atom+xml": feeds("atom"), "application/feed+json": feeds("json") };
}

/**
 * Metadata of one page: title, description, canonical URL, feeds, Open Graph and
 * Twitter card. Next.js replaces (does not merge) `openGraph` between layout and
 * page, so every page builds the whole object here.
 */
export function buildMetadata({ title, description, path, conflict, article }: PageMetadata): Metadata {
  return {
    title: { absolute: title },
    description,
    alternates: {
      canonical: path,
      types: buildFeedAlternates(conflict),
    },
    openGraph: {
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      locale: "en_GB",
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.modified, section: article.section }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** Metadata of the 404 page, and of pages with nothing to show (Next.js adds `noindex` to every 404). */
export const NOT_FOUND_METADATA: Metadata = { title: { absolute: `Page not found · ${SITE_NAME}` } };
