// The pages' caching policy, in one place for next.config.mjs (pages) and lib/api (the API).
// Plain JavaScript because next.config.mjs loads it before any TypeScript is compiled.

/**
 * What every page and API response tells a shared cache (a CDN): keep it 15 s, then serve it
 * while revalidating it with its ETag. Browsers always revalidate (no max-age). Next.js no
 * longer regenerates pages on a timer (app/layout.tsx: the content monitor asks for a render
 * when the content changes), so it would send a year's `s-maxage`; this keeps a CDN's copy
 * as fresh as it was when pages were regenerated every 15 s.
 */
export const PAGE_CACHE_CONTROL = "s-maxage=15, stale-while-revalidate=31535985";

// A conflict's slug (app/[conflict]): never one of the site's own top-level addresses (the API, search,
// the revalidation route, the icon, the data page, the OG image, build files).
const CONFLICT = ":conflict((?!(?:api|search|revalidate|icon|data|opengraph-image|_next)(?:/|$))[a-z0-9]+(?:-[a-z0-9]+)*)";

/** The addresses of the pages Next.js renders once and keeps (everything in app/ with a page.tsx but search and the map). */
const KEPT_PAGES = [
  "/",
  "/data",
  `/${CONFLICT}`,
  `/${CONFLICT}/:date(\\d{4}-\\d{2}-\\d{2})`,
  `/${CONFLICT}/:date(\\d{4}-\\d{2}-\\d{2})/history`,
  `/${CONFLICT}/:section(archive|places|topics|figures)`,
  `/${CONFLICT}/archive/:year(\\d{4})/:month(\\d{2})`,
  `/${CONFLICT}/figures/:key/:year(\\d{4})`,
  `/${CONFLICT}/:section(places|topics)/:tag`,
  `/${CONFLICT}/:section(places|topics)/:tag/page/:page(\\d+)`,
];

/**
 * next.config.mjs `headers()` entries giving the kept pages their Cache-Control. Next.js keeps
 * one set there (it sets its own only when there is none), but it also lets it replace what a
 * route handler or a static file sends: so each page's address is named, and nothing else.
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function getCacheHeaders() {
  return KEPT_PAGES.map((source) => ({ source, headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] }));
}
