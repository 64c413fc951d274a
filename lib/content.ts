import "server-only";
import { getStore } from "./content-store";
import type { Briefing, Conflict } from "./schema";
import { computeArchiveMonths, parseArchiveMonth, type ArchiveMonth } from "./archive";
import { buildSearchIndex, searchBriefings, type SearchQuery, type SearchResult } from "./search";
import { computeTags, type Tag, type TagKind } from "./tags";

/** Every conflict, by name. */
export function getConflicts(): Conflict[] {
  return getStore().conflicts;
}

/** One conflict by its slug, or undefined. */
export function getConflict(slug: string): Conflict | undefined {
  return getStore().conflicts.find((conflict) => conflict.slug === slug);
}

/** A conflict's published briefings, newest first. */
export function getBriefings(slug: string): Briefing[] {
  return [...(getStore().briefings.get(slug) ?? [])].reverse();
}

/** One day's briefing, or undefined. */
export function getBriefing(slug: string, date: string): Briefing | undefined {
  return getStore().briefings.get(slug)?.find((briefing) => briefing.date === date);
}

/** The newest briefing of a conflict, or undefined when it has none. */
export function getLatestBriefing(slug: string): Briefing | undefined {
  return getStore().briefings.get(slug)?.at(-1);
}

/** The briefings just before and after a day that exist. */
export function getAdjacentBriefings(slug: string, date: string): { previous?: Briefing; next?: Briefing } {
  const list = getStore().briefings.get(slug) ?? [];
  const index = list.findIndex((briefing) => briefing.date === date);
  if (index === -1) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}

/** Every conflict as route params, for `generateStaticParams` of conflict routes. */
export function getConflictParams(): { conflict: string }[] {
  return getConflicts().map((conflict) => ({ conflict: conflict.slug }));
}

/**
 * How many of each conflict's newest days `next build` prerenders. Older days are
 * rendered on their first request and then cached like the rest, so the build
 * takes the same time at day 5,000 as at day 500.
 */
export const PRERENDERED_DAYS = 30;

/** The newest days as route params, for `generateStaticParams` of day routes. */
export function getBriefingParams(): { conflict: string; date: string }[] {
  return getConflicts().flatMap((conflict) =>
    getBriefings(conflict.slug).slice(0, PRERENDERED_DAYS).map((briefing) => ({ conflict: conflict.slug, date: briefing.date })),
  );
}

/**
 * Every place or topic of a conflict with the days that name it (newest first),
 * most used first. Computed once per loaded content: a tag page asks for them in
 * its static params, its metadata and its body.
 */
export function getTags(slug: string, kind: TagKind): Tag<Briefing>[] {
  const store = getStore();
  const key = `${slug}/${kind}`;
  let tags = store.tagCache.get(key);
  if (!tags) {
    tags = computeTags(getBriefings(slug), (briefing) => briefing[kind]);
    store.tagCache.set(key, tags);
  }
  return tags;
}

/** One place or topic by its slug, or undefined. */
export function getTag(slug: string, kind: TagKind, tagSlug: string): Tag<Briefing> | undefined {
  return getTags(slug, kind).find((tag) => tag.slug === tagSlug);
}

/** A conflict's briefings in one calendar month, oldest first. */
export function getMonthBriefings(slug: string, year: number, month: number): Briefing[] {
  const prefix = `${year}-${String(month).padStart(2, "0")}-`;
  return (getStore().briefings.get(slug) ?? []).filter((briefing) => briefing.date.startsWith(prefix));
}

/**
 * One month of a conflict's archive with its neighbours, from the URL's year and
 * month, or undefined when the month is malformed or outside the war.
 */
export function getArchiveMonth(
  slug: string,
  year: string,
  month: string,
): { conflict: Conflict; month: ArchiveMonth; previous?: ArchiveMonth; next?: ArchiveMonth } | undefined {
  const conflict = getConflict(slug);
  const parsed = parseArchiveMonth(year, month);
  if (!conflict || !parsed) return undefined;
  const months = computeArchiveMonths(conflict.start, getBriefings(slug));
  const index = months.findIndex((m) => m.year === parsed.year && m.month === parsed.month);
  if (index === -1) return undefined;
  return { conflict, month: months[index]!, previous: months[index - 1], next: months[index + 1] };
}

/** The briefing of a conflict's day N, or undefined. */
export function getBriefingByDay(slug: string, day: number): Briefing | undefined {
  return getStore().briefings.get(slug)?.find((briefing) => briefing.day === day);
}

/** Briefings of the same calendar day (month and day) in earlier years, newest first. */
export function getSameDayInEarlierYears(slug: string, date: string): Briefing[] {
  const monthDay = date.slice(4);
  const oldestFirst = getStore().briefings.get(slug) ?? [];
  return oldestFirst.filter((briefing) => briefing.date < date && briefing.date.slice(4) === monthDay).reverse();
}

/** Recent searches kept per loaded content: when news breaks, many readers search the same words. */
const SEARCH_CACHE_SIZE = 500;

/**
 * Searches every published briefing. The index is built once per loaded content,
 * on first use; results of recent queries are kept until the content changes.
 */
export function getSearchResults(query: SearchQuery): { total: number; results: SearchResult[] } {
  const store = getStore();
  const key = JSON.stringify([query.q.trim().toLowerCase(), query.conflict, query.section, query.from, query.to, query.limit]);
  const cached = store.searchCache.get(key);
  if (cached) {
    store.searchCache.delete(key); // most recently used goes last
    store.searchCache.set(key, cached);
    return cached;
  }
  store.searchIndex ??= buildSearchIndex(store.conflicts, [...store.briefings.values()].flat());
  const found = searchBriefings(store.searchIndex, query);
  store.searchCache.set(key, found);
  if (store.searchCache.size > SEARCH_CACHE_SIZE) store.searchCache.delete(store.searchCache.keys().next().value!);
  return found;
}
