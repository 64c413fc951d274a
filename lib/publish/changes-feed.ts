import { Feed } from "feed";
import type { ChangesFeedView } from "@/lib/content";
import { formatDateTimeUtc, formatLongDate } from "@/lib/dates";
import { escapeHtml } from "@/lib/html";
import { formatChangesFeedPath, formatConflictPath, formatHistoryPath } from "@/lib/routes";
import { formatAbsoluteUrl, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";
import { formatBriefingTitle } from "./titles";

/**
 * A conflict's changes to published days as Atom 1.0: one entry per revision made
 * after a day's first publication, newest first, each linking to that revision on
 * the day's history page.
 *
 * The `feed` library writes titles and content as CDATA of type "html", so every
 * piece of text is HTML-escaped first: a commit subject (text written by whoever
 * can commit) then reads as the same text in any feed reader, and once escaped it
 * cannot hold "]]>", which the library's XML writer escapes only once per value.
 */
export function formatChangesFeed(view: ChangesFeedView): string {
  const { conflict } = view;
  const home = formatAbsoluteUrl(formatConflictPath(conflict.slug));
  const self = formatAbsoluteUrl(formatChangesFeedPath(conflict.slug));
  const feed = new Feed({
    id: self,
    title: `${conflict.name}: changes to published days · ${SITE_NAME}`,
    description: `Every change made to a published ${conflict.name} briefing after its first publication, newest first.`,
    link: home,
    language: SITE_LANGUAGE,
    updated: new Date(view.entries[0]?.time ?? 0),
    generator: SITE_NAME,
    image: formatAbsoluteUrl("/logo.png"),
    favicon: formatAbsoluteUrl("/icon"),
    copyright: `© ${SITE_NAME}`,
    feedLinks: { atom: self },
    author: { name: SITE_NAME, link: formatAbsoluteUrl("/") },
  });
  for (const { briefing, commit, time, subject } of view.entries) {
    const url = formatAbsoluteUrl(formatHistoryPath(conflict.slug, briefing.date, commit));
    const title = formatBriefingTitle(conflict, briefing);
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(`Changed: ${title}`),
      description: escapeHtml(subject),
      content: [
        `<p>${escapeHtml(subject)}</p>`,
        `<p>${escapeHtml(`${formatLongDate(briefing.date)}, changed ${formatDateTimeUtc(time)}.`)} <a href="${escapeHtml(url)}">See the changes</a></p>`,
      ].join("\n"),
      date: new Date(time),
      published: new Date(time),
      category: [{ name: conflict.name }],
      author: [{ name: SITE_NAME, link: formatAbsoluteUrl("/") }],
    });
  }
  return feed.atom1();
}
