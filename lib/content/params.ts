import "server-only";
import { computeFigureYears } from "@/lib/figure-years";
import type { TagKind } from "@/lib/tags";
import { getStore } from "./store";

/**
 * How many of each conflict's newest days `next build` prerenders. Older days are
 * rendered on their first request and then cached like the rest, so the build
 * takes the same time at day 5,000 as at day 500.
 */
const PRERENDERED_DAYS = 30;
/** The latest months with briefings that are prerendered. */
const PRERENDERED_MONTHS = 3;
/** How many of the most used places and of the most used topics are prerendered (first pages only). */
const PRERENDERED_TAGS = 30;

/** Every conflict as route params, for `generateStaticParams` of conflict routes. */
export function getConflictParams(): { conflict: string }[] {
  return getStore().conflicts.map((conflict) => ({ conflict: conflict.slug }));
}

/** The newest days as route params, for `generateStaticParams` of day routes. */
export function getDayParams(): { conflict: string; date: string }[] {
  return [...getStore().indexes.values()].flatMap((index) =>
    index.newestFirst.slice(0, PRERENDERED_DAYS).map((b) => ({ conflict: index.conflict.slug, date: b.date })),
  );
}

/** The latest months that have briefings, for `generateStaticParams` of month routes. */
export function getMonthParams(): { conflict: string; year: string; month: string }[] {
  return [...getStore().indexes.values()].flatMap((index) =>
    index
      .getMonths()
      .filter((m) => m.count > 0)
      .slice(-PRERENDERED_MONTHS)
      .map((m) => ({ conflict: index.conflict.slug, year: String(m.year), month: String(m.month).padStart(2, "0") })),
  );
}

/** The most used places or topics, for `generateStaticParams` of tag routes. */
export function getTagParams(kind: TagKind): { conflict: string; tag: string }[] {
  return [...getStore().indexes.values()].flatMap((index) =>
    index.getTags(kind).slice(0, PRERENDERED_TAGS).map((tag) => ({ conflict: index.conflict.slug, tag: tag.slug })),
  );
}

/** Every declared figure's CSV file, for `generateStaticParams` of the CSV route (`civilians-killed.csv`). */
export function getFigureParams(): { conflict: string; file: string }[] {
  return getStore().conflicts.flatMap((conflict) => (conflict.figures ?? []).map((figure) => ({ conflict: conflict.slug, file: `${figure.key}.csv` })));
}

/** Each declared figure's newest year with reports, for `generateStaticParams` of the figure year pages (older years render on first request). */
export function getFigureYearParams(): { conflict: string; file: string; year: string }[] {
  return [...getStore().indexes.values()].flatMap((index) =>
    index.getFigures().flatMap((series) => {
      const newest = computeFigureYears(series.points).at(-1);
      return newest ? [{ conflict: index.conflict.slug, file: series.definition.key, year: String(newest.year) }] : [];
    }),
  );
}
