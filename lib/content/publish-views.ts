import "server-only";
import { TAG_KINDS, type Tag, type TagKind } from "@/lib/tags";
import type { ArchiveMonth } from "./archive";
import type { DayFigure } from "./figure-history";
import type { Briefing, Conflict } from "./schema";
import { getStore } from "./store";

/** How many briefings a feed carries. */
const FEED_SIZE = 50;

export interface FeedView {
  /** The feed's conflict, or undefined for the site-wide feed. */
  conflict?: Conflict;
  /** The latest briefings, newest first, each with its conflict and its key figures (with the report before each). */
  entries: { conflict: Conflict; briefing: Briefing; figures: DayFigure[] }[];
}

/** The latest briefings of one conflict, or of all; undefined for an unknown conflict. */
export function getFeedView(slug?: string): FeedView | undefined {
  const store = getStore();
  const one = slug === undefined ? undefined : store.indexes.get(slug);
  if (slug !== undefined && !one) return undefined;
  const indexes = one ? [one] : store.conflicts.flatMap((c) => store.indexes.get(c.slug) ?? []);
  const entries = indexes
    .flatMap((index) => index.newestFirst.slice(0, FEED_SIZE).map((briefing) => ({ conflict: index.conflict, briefing, index })))
    .sort((a, b) => b.briefing.date.localeCompare(a.briefing.date) || a.conflict.name.localeCompare(b.conflict.name))
    .slice(0, FEED_SIZE)
    .map(({ conflict, briefing, index }) => ({ conflict, briefing, figures: index.getDayFigures(briefing.date) }));
  return { conflict: one?.conflict, entries };
}

export interface SitemapView {
  conflicts: {
    conflict: Conflict;
    /** Newest first. */
    briefings: readonly Briefing[];
    months: { month: ArchiveMonth; briefings: readonly Briefing[] }[];
    tags: { kind: TagKind; tags: readonly Tag<Briefing>[] }[];
  }[];
}

/** Every public page's content, for sitemap.xml and the news sitemap. */
export function getSitemapView(): SitemapView {
  const store = getStore();
  return {
    conflicts: store.conflicts.flatMap((conflict) => {
      const index = store.indexes.get(conflict.slug);
      if (!index) return [];
      const months = index.getMonths().map((month) => ({ month, briefings: index.getMonthBriefings(`${month.year}-${String(month.month).padStart(2, "0")}`) }));
      return [{ conflict, briefings: index.newestFirst, months, tags: TAG_KINDS.map((kind) => ({ kind, tags: index.getTags(kind) })) }];
    }),
  };
}

/** Where the day-number, latest and jump-to-date addresses lead. */
export function getDayLookup(slug: string): { conflict: Conflict; latest?: Briefing; byDay(day: number): Briefing | undefined; has(date: string): boolean } | undefined {
  const index = getStore().indexes.get(slug);
  if (!index) return undefined;
  return {
    conflict: index.conflict,
    latest: index.newestFirst[0],
    byDay: (day) => index.getBriefingByDay(day),
    has: (date) => index.getBriefing(date) !== undefined,
  };
}
