/**
 * Top-level names of the site's own pages and files, which a conflict's slug would
 * shadow or be shadowed by. A unit test keeps this list in step with the folders
 * and files of `app/` (names with a dot, like feed.xml, can never be slugs).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "search",
  "revalidate",
  "icon",
  "opengraph-image",
  "api",
  "static",
  "robots",
  "sitemap",
  "manifest",
  "data",
]);

/** Path of a conflict's page. */
export function formatConflictPath(slug: string): string {
  return `/${slug}`;
}

/** Path of one day's page. */
export function formatDayPath(slug: string, date: string): string {
  return `/${slug}/${date}`;
}

/** Path of a day's history page, or of one revision on it (`revision` is a commit id). */
export function formatHistoryPath(slug: string, date: string, revision?: string): string {
  return `/${slug}/${date}/history${revision ? `#${formatRevisionId(revision)}` : ""}`;
}

/** The id of a revision on its history page (and the fragment that links to it): "r-" and 12 digits of its commit. */
export function formatRevisionId(commit: string): string {
  return `r-${commit.slice(0, 12)}`;
}

/** Path of a conflict's feed of changes to published days. */
export function formatChangesFeedPath(slug: string): string {
  return `/${slug}/changes.xml`;
}

/** Paths of the feeds of one conflict, or of all conflicts together. */
export function formatFeedPaths(slug?: string): { rss: string; atom: string; json: string } {
  const base = slug ? `/${slug}` : "";
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` };
}

/** Path of the Open Graph image of a page (the route Next.js serves for `opengraph-image.tsx`). */
export function formatOgImagePath(pagePath: string): string {
  return `${pagePath === "/" ? "" : pagePath}/opengraph-image`;
}

/** Path of a conflict's archive, or of one month of it. */
export function formatArchivePath(slug: string, month?: { year: number; month: number }): string {
  return month ? `/${slug}/archive/${month.year}/${String(month.month).padStart(2, "0")}` : `/${slug}/archive`;
}

/** Path of the list of a conflict's places or topics, or of one of them (and of its page 2 onwards). */
export function formatTagPath(slug: string, kind: "places" | "topics", tagSlug?: string, page = 1): string {
  if (!tagSlug) return `/${slug}/${kind}`;
  return page > 1 ? `/${slug}/${kind}/${tagSlug}/page/${page}` : `/${slug}/${kind}/${tagSlug}`;
}

/** Path of a conflict's key figures page, or of one figure's CSV file (`/russia-ukraine/figures/civilians-killed.csv`). */
export function formatFiguresPath(slug: string, key?: string): string {
  return key ? `/${slug}/figures/${key}.csv` : `/${slug}/figures`;
}

/** The figure key a CSV file name gives (`civilians-killed.csv` → `civilians-killed`), or undefined. */
export function parseFigureFileName(file: string): string | undefined {
  return /^([a-z0-9]+(?:-[a-z0-9]+)*)\.csv$/.exec(file)?.[1];
}

/** Path of a conflict's map of every place, or of a range of months of it (`from`/`to` as YYYY-MM). */
export function formatMapPath(slug: string, range?: { from: string; to: string }): string {
  return range ? `/${slug}/map?from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}` : `/${slug}/map`;
}

/**
 * A number in an address (`/<conflict>/day/683`, `…/page/2`), or undefined unless
 * it is a plain positive integer: no sign, leading zero, decimals or words.
 */
export function parsePositiveInteger(value: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}

/** Path of one year of a figure's reports (`/russia-ukraine/figures/civilians-killed/2024`). */
export function formatFigureYearPath(slug: string, key: string, year: number): string {
  return `/${slug}/figures/${key}/${year}`;
}

/** The year a figure year page's address names (`2024`), or undefined for anything but four digits. */
export function parseFigureYear(segment: string): number | undefined {
  return /^\d{4}$/.test(segment) ? Number(segment) : undefined;
}
