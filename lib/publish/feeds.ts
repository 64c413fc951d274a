import { Feed } from "feed";
import type { Briefing, Conflict, FeedView } from "@/lib/content";
import { escapeHtml } from "@/lib/html";
import { formatConflictPath, formatDayPath, formatFeedPaths } from "@/lib/routes";
import { formatBriefingHtml } from "./feed-html";
import { formatAbsoluteUrl, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";
import { formatBriefingTitle } from "./titles";

interface FeedEntry {
  conflict: Conflict;
  briefing: Briefing;
  url: string;
  title: string;
  html: string;
}

function formatEntries(view: FeedView): FeedEntry[] {
  return view.entries.map(({ conflict, briefing, figures }) => {
    const url = formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date));
    return { conflict, briefing, url, title: formatBriefingTitle(conflict, briefing), html: formatBriefingHtml(briefing, url, figures) };
  });
}

function describeFeed(conflict: Conflict | undefined) {
  return {
    title: conflict ? `${conflict.name} · ${SITE_NAME}` : `${SITE_NAME}: all conflicts`,
    description: conflict ? `Daily briefings on the ${conflict.name}.` : SITE_DESCRIPTION,
    home: formatAbsoluteUrl(conflict ? formatConflictPath(conflict.slug) : "/"),
    paths: formatFeedPaths(conflict?.slug),
  };
}

function latestModified(entries: FeedEntry[]): Date {
  const times = entries.map((entry) => Date.parse(entry.briefing.modified));
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

/**
 * Plain text for an RSS title, which the `feed` library writes as CDATA: its XML writer
 * (xml-js) splits only the first "]]>" of a CDATA section, so a second one would end the
 * section early and let the rest of the text be read as XML. ">" after "]]" is written as
 * an entity, which CDATA keeps as it is.
 */
function formatCdataText(text: string): string {
  return text.replaceAll("]]>", "]]&gt;");
}

/**
 * RSS 2.0 and Atom 1.0 feeds, built with the `feed` library. Titles and summaries are
 * plain text: where a field is HTML (Atom declares its title, summary and content
 * type="html"; RSS readers read a description as HTML) they are escaped, so that a
 * headline reading "<b>" is shown, not applied. Atom categories name the conflict by its
 * slug: the library writes attribute values with "<" unescaped.
 */
export function formatXmlFeed(format: "rss" | "atom", view: FeedView): string {
  const entries = formatEntries(view);
  const about = describeFeed(view.conflict);
  const feed = new Feed({
    id: about.home,
    title: about.title,
    description: about.description,
    link: about.home,
    language: SITE_LANGUAGE,
    updated: latestModified(entries),
    generator: SITE_NAME,
    image: formatAbsoluteUrl("/logo.png"),
    favicon: formatAbsoluteUrl("/icon"),
    copyright: `© ${SITE_NAME}`,
    feedLinks: {
      rss: formatAbsoluteUrl(about.paths.rss),
      atom: formatAbsoluteUrl(about.paths.atom),
      json: formatAbsoluteUrl(about.paths.json),
    },
    author: { name: SITE_NAME, link: formatAbsoluteUrl("/") },
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: format === "atom" ? escapeHtml(entry.title) : formatCdataText(entry.title),
      description: escapeHtml(entry.briefing.summary),
      content: entry.html,
      date: new Date(entry.briefing.modified),
      published: new Date(entry.briefing.published),
      category: [format === "atom" ? { term: entry.conflict.slug } : { name: entry.conflict.name }],
      author: [{ name: SITE_NAME, link: formatAbsoluteUrl("/") }],
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

/** JSON Feed 1.1 (the `feed` library writes version 1, so this one is built as typed data). */
export function formatJsonFeed(view: FeedView): string {
  const entries = formatEntries(view);
  const about = describeFeed(view.conflict);
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: about.title,
      home_page_url: about.home,
      feed_url: formatAbsoluteUrl(about.paths.json),
      description: about.description,
      language: SITE_LANGUAGE,
      icon: formatAbsoluteUrl("/logo.png"),
      favicon: formatAbsoluteUrl("/icon"),
      authors: [{ name: SITE_NAME, url: formatAbsoluteUrl("/") }],
      items: entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        summary: entry.briefing.summary,
        content_html: entry.html,
        date_published: entry.briefing.published,
        date_modified: entry.briefing.modified,
        tags: [entry.conflict.name],
        language: SITE_LANGUAGE,
      })),
    },
    null,
    2,
  );
}
