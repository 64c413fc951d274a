import "server-only";
import { computeArchiveMonths } from "./archive";
import { getBriefings, getConflicts, getMonthBriefings, getTags } from "./content";
import { escapeHtml } from "./html";
import { computePage } from "./pagination";
import { formatArchivePath, formatConflictPath, formatDayPath, formatTagPath } from "./routes";
import type { Briefing, Conflict } from "./schema";
import { TAG_KINDS } from "./tags";
import { formatAbsoluteUrl, SITE_LANGUAGE, SITE_NAME } from "./site";
import { formatBriefingTitle } from "./titles";

export interface SitemapEntry {
  url: string;
  lastModified: string;
}

function getLatestModified(briefings: Briefing[]): string | undefined {
  return briefings.map((b) => b.modified).sort().at(-1);
}

/** The archive, its months, and the place and topic pages (every page of each) of one conflict. */
function getListPageEntries(conflict: Conflict, briefings: Briefing[]): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (path: string, listed: Briefing[]) => {
    const lastModified = getLatestModified(listed);
    if (lastModified) entries.push({ url: formatAbsoluteUrl(path), lastModified });
  };
  add(formatArchivePath(conflict.slug), briefings);
  for (const month of computeArchiveMonths(conflict.start, briefings)) {
    if (month.count > 0) add(formatArchivePath(conflict.slug, month), getMonthBriefings(conflict.slug, month.year, month.month));
  }
  for (const kind of TAG_KINDS) {
    const tags = getTags(conflict.slug, kind);
    add(formatTagPath(conflict.slug, kind), tags.flatMap((tag) => tag.items));
    for (const tag of tags) {
      let list = computePage(tag.items, 1);
      while (list) {
        add(formatTagPath(conflict.slug, kind, tag.slug, list.page), list.items);
        list = computePage(tag.items, list.page + 1);
      }
    }
  }
  return entries;
}

/**
 * Every public page with its last modification: a day's `modified` time (its
 * `updated`, else its last commit, else its date); a list page's newest of those.
 */
export function getSitemapEntries(): SitemapEntry[] {
  const conflicts = getConflicts().map((conflict) => ({ conflict, briefings: getBriefings(conflict.slug) }));
  const all = conflicts.flatMap((c) => c.briefings);
  const entries: SitemapEntry[] = [];
  const home = getLatestModified(all);
  if (home) entries.push({ url: formatAbsoluteUrl("/"), lastModified: home });
  for (const { conflict, briefings } of conflicts) {
    const latest = getLatestModified(briefings);
    if (latest) entries.push({ url: formatAbsoluteUrl(formatConflictPath(conflict.slug)), lastModified: latest });
    for (const briefing of briefings) {
      entries.push({ url: formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date)), lastModified: briefing.modified });
    }
    entries.push(...getListPageEntries(conflict, briefings));
  }
  return entries;
}

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_MAX = 1000;

/** Google News sitemap: the briefings published in the last two days, newest first, at most 1,000. */
export function getNewsSitemapXml(now: number = Date.now()): string {
  const recent = getConflicts()
    .flatMap((conflict) => getBriefings(conflict.slug).map((briefing) => ({ conflict, briefing })))
    .filter(({ briefing }) => {
      const age = now - Date.parse(briefing.published);
      return age >= 0 && age <= NEWS_WINDOW_MS;
    })
    .sort((a, b) => b.briefing.published.localeCompare(a.briefing.published))
    .slice(0, NEWS_MAX);
  const urls = recent.map(({ conflict, briefing }) => [
    "  <url>",
    `    <loc>${escapeHtml(formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date)))}</loc>`,
    "    <news:news>",
    "      <news:publication>",
    `        <news:name>${escapeHtml(SITE_NAME)}</news:name>`,
    `        <news:language>${SITE_LANGUAGE}</news:language>`,
    "      </news:publication>",
    `      <news:publication_date>${briefing.published}</news:publication_date>`,
    `      <news:title>${escapeHtml(formatBriefingTitle(conflict, briefing))}</news:title>`,
    "    </news:news>",
    "  </url>",
  ].join("\n"));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
