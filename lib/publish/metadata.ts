import type { Metadata } from "next";
import { formatChangesFeedPath, formatFeedPaths } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

interface PageMetadata {
  title: string;
  description: string;
  /** The page's path; becomes its canonical URL. */
  path: string;
  /** Feeds to advertise besides the site-wide ones. */
  conflict?: { slug: string; name: string };
  article?: { published: string; modified: string; section: string };
  /** Also advertise the conflict's feed of changes to published days (its own page does). */
  changesFeed?: boolean;
  /** Keep the page out of search results (history pages: the day itself is what to find). */
  noindex?: boolean;
}

/**
 * `<link rel="alternate">` feeds: the conflict's own first (when given), then the
 * site-wide ones, then (when asked) the conflict's changes feed.
 */
export function buildFeedAlternates(conflict?: { slug: string; name: string }, changesFeed = false) {
  const all = formatFeedPaths();
  const own = conflict ? formatFeedPaths(conflict.slug) : undefined;
  const feeds = (kind: keyof typeof all) => [
    ...(own && conflict ? [{ url: own[kind], title: `${conflict.name} · ${SITE_NAME}` }] : []),
    { url: all[kind], title: `${SITE_NAME}: all conflicts` },
  ];
  const changes =
    conflict && changesFeed
      ? [{ url: formatChangesFeedPath(conflict.slug), title: `${conflict.name}: changes to published days · ${SITE_NAME}` }]
      : [];
  return {
    "application/rss+xml": feeds("rss"),
    "application/atom+xml": [...feeds("atom"), ...changes],
    "application/feed+json": feeds("json"),
  };
}

/**
 * Metadata of one page: title, description, canonical URL, feeds, Open Graph and
 * Twitter card. Next.js replaces (does not merge) `openGraph` between layout and
 * page, so every page builds the whole object here.
 */
export function buildMetadata({ title, description, path, conflict, article, changesFeed, noindex }: PageMetadata): Metadata {
  return {
    title: { absolute: title },
    description,
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
    alternates: {
      canonical: path,
      types: buildFeedAlternates(conflict, changesFeed),
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
