import "server-only";
import { cache } from "react";
import { computePage, type ListPage } from "@/lib/pagination";
import type { Tag, TagKind } from "@/lib/tags";
import { computeMonthCalendar, parseArchiveMonth, type ArchiveMonth, type CalendarDay } from "./archive";
import type { DayFigure } from "./figure-history";
import type { ConflictIndex } from "./indexes";
import { computeCountsMap, computeDayMap, computePlaceMap, type CountsMap, type PlacesMap } from "./map-views";
import type { Briefing, Conflict } from "./schema";
import { formatDayKey } from "./revisions";
import { getStore } from "./store";

// Each page view is memoized per request (React's cache), so a route's generateMetadata and its
// page share one lookup.

/** One conflict by slug with its lookups, or undefined. */
function getConflictIndex(slug: string): ConflictIndex | undefined {
  return getStore().indexes.get(slug);
}

/** The site's conflicts, by name, as the layout's navigation needs them. */
export function getSiteView(): { conflicts: { slug: string; name: string }[] } {
  return { conflicts: getStore().conflicts.map(({ slug, name }) => ({ slug, name })) };
}

export interface HomeView {
  conflicts: { conflict: Conflict; latest?: Briefing; recent: readonly Briefing[]; count: number }[];
}

/** The home page: each conflict's latest briefing and the days before it. */
export function getHomeView(recentDays: number): HomeView {
  const store = getStore();
  return {
    conflicts: store.conflicts.map((conflict) => {
      const newest = store.indexes.get(conflict.slug)?.newestFirst ?? [];
      return { conflict, latest: newest[0], recent: newest.slice(1, 1 + recentDays), count: newest.length };
    }),
  };
}

export interface ConflictView {
  conflict: Conflict;
  /** Published briefings, newest first. */
  briefings: readonly Briefing[];
  /** The briefings of the year up to the latest one (its date and the 365 days before), newest first. */
  recent: readonly Briefing[];
  /** Every month from the first briefing's to the latest's, oldest first (months with none included). */
  months: readonly ArchiveMonth[];
}

/** How far back a conflict's page lists days one by one; earlier ones are reached by month. */
const RECENT_DAYS = 365;

/**
 * A conflict's page: the conflict, its last year of days one by one, and every month. After
 * years of war, listing every day on one page made it over a megabyte (the links are sent twice:
 * as HTML and in the page's data), slow on a phone; the month pages list the rest.
 */
export const getConflictView = cache(function getConflictView(slug: string): ConflictView | undefined {
  const index = getConflictIndex(slug);
  if (!index) return undefined;
  const latest = index.newestFirst[0];
  const since = latest ? formatDaysBefore(latest.date, RECENT_DAYS) : "";
  const end = index.newestFirst.findIndex((briefing) => briefing.date < since); // newest first
  const recent = end === -1 ? index.newestFirst : index.newestFirst.slice(0, end);
  return { conflict: index.conflict, briefings: index.newestFirst, recent, months: index.getMonths() };
});

/** The ISO date `days` days before `date` (both YYYY-MM-DD, in UTC as calendar days are). */
function formatDaysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export interface DayView {
  conflict: Conflict;
  briefing: Briefing;
  previous?: Briefing;
  next?: Briefing;
  /** The same calendar day in earlier years of the war, newest first. */
  earlier: Briefing[];
  /** The newest day with a briefing, the last date the jump form offers. */
  latestDate: string;
  /** How many published revisions git has of the day's file; undefined when git does not track it (then it has no history page). */
  revisions?: number;
  /** Its `publish_at` while that is still to come (only `next dev` serves such a day): the page says it is scheduled. */
  scheduledFor?: string;
  /** The day's key figures, each with the report before it. */
  figures: DayFigure[];
  /** The day's places on a map; undefined when none has coordinates. */
  map?: PlacesMap;
}

/** One day's page: the briefing, its neighbours, earlier years, its key figures and the conflict. */
export const getDayView = cache(function getDayView(slug: string, date: string): DayView | undefined {
  const store = getStore();
  const index = store.indexes.get(slug);
  const briefing = index?.getBriefing(date);
  if (!index || !briefing) return undefined;
  return {
    conflict: index.conflict,
    briefing,
    ...index.getNeighbours(date),
    earlier: index.getEarlierYears(date),
    latestDate: index.newestFirst[0]?.date ?? date,
    revisions: store.histories.get(formatDayKey(slug, date))?.revisions.length,
    figures: index.getDayFigures(date),
    map: computeDayMap(index, briefing),
    scheduledFor: briefing.publishAt && Date.parse(briefing.publishAt) > Date.now() ? briefing.publishAt : undefined,
  };
});

/** A conflict's archive: every month from its start, with how many days each has. */
export const getArchiveView = cache(function getArchiveView(slug: string): { conflict: Conflict; months: readonly ArchiveMonth[] } | undefined {
  const index = getConflictIndex(slug);
  return index && { conflict: index.conflict, months: index.getMonths() };
});

export interface MonthView {
  conflict: Conflict;
  month: ArchiveMonth;
  previous?: ArchiveMonth;
  next?: ArchiveMonth;
  /** The month's briefings, oldest first. */
  briefings: readonly Briefing[];
  /** Weeks of seven cells, Monday first. */
  weeks: (CalendarDay | null)[][];
  /** The places the month's briefings name, sized by days. */
  map: CountsMap;
}

/** One month of the archive from the URL's year and month; undefined when malformed or outside the war. */
export const getMonthView = cache(function getMonthView(slug: string, year: string, month: string): MonthView | undefined {
  const index = getConflictIndex(slug);
  const parsed = parseArchiveMonth(year, month);
  if (!index || !parsed) return undefined;
  const months = index.getMonths();
  const at = months.findIndex((m) => m.year === parsed.year && m.month === parsed.month);
  if (at === -1) return undefined;
  const briefings = index.getMonthBriefings(`${year}-${month}`);
  const weeks = computeMonthCalendar(parsed.year, parsed.month, new Map(briefings.map((b) => [b.date, b])));
  const map = computeCountsMap(index, briefings);
  return { conflict: index.conflict, month: months[at]!, previous: months[at - 1], next: months[at + 1], briefings, weeks, map };
});

/** The list of a conflict's places or topics, most used first. */
export const getTagIndexView = cache(function getTagIndexView(slug: string, kind: TagKind): { conflict: Conflict; tags: readonly Tag<Briefing>[] } | undefined {
  const index = getConflictIndex(slug);
  return index && { conflict: index.conflict, tags: index.getTags(kind) };
});

/** One page (from 1) of the days that name a place or topic, newest first. */
export const getTagView = cache(function getTagView(
  slug: string,
  kind: TagKind,
  tagSlug: string,
  page: number,
): { conflict: Conflict; tag: Tag<Briefing>; list: ListPage<Briefing>; map?: PlacesMap } | undefined {
  const index = getConflictIndex(slug);
  const tag = index?.getTag(kind, tagSlug);
  const list = tag && computePage(tag.items, page);
  if (!index || !tag || !list) return undefined;
  // A place's first page shows where it is.
  const map = kind === "places" && page === 1 ? computePlaceMap(index, tag.name) : undefined;
  return { conflict: index.conflict, tag, list, map };
});
