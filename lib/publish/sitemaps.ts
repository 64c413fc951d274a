import type { Briefing, SitemapView } from "@/lib/content";
import { escapeHtml } from "@/lib/html";
import { computePage } from "@/lib/pagination";
import {
  formatArchivePath,
  formatConflictPath,
  formatDayPath,
  formatFigureYearPath,
  formatFiguresPath,
  formatMapPath,
  formatTagPath,
} from "@/lib/routes";
import { formatAbsoluteUrl, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";
import { formatBriefingTitle } from "./titles";

export interface SitemapEntry {
  url: string;
  lastModified: string;
}

function getLatestModified(briefings: readonly Briefing[]): string | undefined {
  return briefings
    .map((b) => b.modified)
    .sort()
    .at(-1);
}

/** The archive, its months, the map, its figures page (once a day reports a figure) and each figure's year pages, and the place and topic pages (every page of each) of one conflict. */
function getListPageEntries({ conflict, briefings, months, tags }: SitemapView["conflicts"][number]): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (path: string, listed: readonly Briefing[]) => {
    const lastModified = getLatestModified(listed);
    if (lastModified) entries.push({ url: formatAbsoluteUrl(path), lastModified });
  };
  add(formatArchivePath(conflict.slug), briefings);
  add(formatMapPath(conflict.slug), briefings);
  for (const { month, briefings: inMonth } of months) if (inMonth.length > 0) add(formatArchivePath(conflict.slug, month), inMonth);
  add(
    formatFiguresPath(conflict.slug),
    briefings.filter((b) => b.figures.length > 0),
  );
  // Each year of each figure's reports (one pass over the days, grouped by the figure's year page).
  const figureYears = new Map<string, Briefing[]>();
  for (const briefing of briefings) {
    for (const { key } of briefing.figures) {
      const path = formatFigureYearPath(conflict.slug, key, Number(briefing.date.slice(0, 4)));
      const listed = figureYears.get(path);
      if (listed) listed.push(briefing);
      else figureYears.set(path, [briefing]);
    }
  }
  for (const [path, reporting] of figureYears) add(path, reporting);
  for (const { kind, tags: ofKind } of tags) {
    add(
      formatTagPath(conflict.slug, kind),
      ofKind.flatMap((tag) => tag.items),
    );
    for (const tag of ofKind) {
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
export function formatSitemapEntries(view: SitemapView): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const home = getLatestModified(view.conflicts.flatMap((c) => c.briefings));
  if (home) entries.push({ url: formatAbsoluteUrl("/"), lastModified: home });
  for (const listed of view.conflicts) {
    const { conflict, briefings } = listed;
    const latest = getLatestModified(briefings);
    if (latest) entries.push({ url: formatAbsoluteUrl(formatConflictPath(conflict.slug)), lastModified: latest });
    for (const briefing of briefings) {
      entries.push({ url: formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date)), lastModified: briefing.modified });
    }
    entries.push(...getListPageEntries(listed));
  }
  return entries;
}

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_MAX = 1000;

/** Google News sitemap: the briefings published in the last two days, newest first, at most 1,000. */
export function formatNewsSitemapXml(view: SitemapView, now: number = Date.now()): string {
  const recent = view.conflicts
    .flatMap(({ conflict, briefings }) => briefings.map((briefing) => ({ conflict, briefing })))
    .filter(({ briefing }) => {
      const age = now - Date.parse(briefing.published);
      return age >= 0 && age <= NEWS_WINDOW_MS;
    })
    .sort((a, b) => b.briefing.published.localeCompare(a.briefing.published))
    .slice(0, NEWS_MAX);
  const urls = recent.map(({ conflict, briefing }) =>
    [
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
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
