import { computeTags, type Tag, type TagKind } from "@/lib/tags";
import { computeArchiveMonths, type ArchiveMonth } from "./archive";
import { computeDayFigures, computeFigureHistory, type DayFigure } from "./figure-history";
import { computeFigureSeries, type FigureSeries } from "./figure-series";
import type { ConflictMaps } from "./conflict-maps";
import type { Briefing, Conflict } from "./schema";

/**
 * One conflict's published briefings with the lookups every page needs, built
 * once per loaded content: pages look days up in maps instead of scanning lists.
 */
export interface ConflictIndex {
  conflict: Conflict;
  /** The conflict's gazetteer and maps. */
  maps: ConflictMaps;
  oldestFirst: readonly Briefing[];
  newestFirst: readonly Briefing[];
  getBriefing(date: string): Briefing | undefined;
  /** The briefings just before and after a date that has one. */
  getNeighbours(date: string): { previous?: Briefing; next?: Briefing };
  getBriefingByDay(day: number): Briefing | undefined;
  /** Briefings of the same month and day in earlier years, newest first. */
  getEarlierYears(date: string): Briefing[];
  /** A calendar month's briefings, oldest first ("2024-01"). */
  getMonthBriefings(month: string): readonly Briefing[];
  /** Every month from the start to the newest briefing, oldest first. */
  getMonths(): readonly ArchiveMonth[];
  /** Places or topics, most used first, each with its days newest first. */
  getTags(kind: TagKind): readonly Tag<Briefing>[];
  getTag(kind: TagKind, slug: string): Tag<Briefing> | undefined;
  /** Every declared figure with its reports, oldest first. */
  getFigures(): readonly FigureSeries[];
  getFigure(key: string): FigureSeries | undefined;
  /** A day's figures, each with the report before it. */
  getDayFigures(date: string): DayFigure[];
}

/** Computes a value on first use and keeps it. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

function groupBy<K>(briefings: readonly Briefing[], key: (b: Briefing) => K): Map<K, Briefing[]> {
  const groups = new Map<K, Briefing[]>();
  for (const briefing of briefings) {
    const k = key(briefing);
    const list = groups.get(k);
    if (list) list.push(briefing);
    else groups.set(k, [briefing]);
  }
  return groups;
}

/** Builds the lookups of one conflict from its briefings, oldest first. */
export function buildConflictIndex(conflict: Conflict, oldestFirst: readonly Briefing[], maps: ConflictMaps): ConflictIndex {
  const newestFirst = [...oldestFirst].reverse();
  const position = new Map(oldestFirst.map((b, i) => [b.date, i]));
  const byDay = new Map(oldestFirst.map((b) => [b.day, b]));
  const byMonth = once(() => groupBy(oldestFirst, (b) => b.date.slice(0, 7)));
  const byMonthDay = once(() => groupBy(newestFirst, (b) => b.date.slice(5)));
  const months = once(() => computeArchiveMonths(conflict.start, oldestFirst));
  const tags = {
    places: once(() => computeTags(newestFirst, (b) => b.places)),
    topics: once(() => computeTags(newestFirst, (b) => b.topics)),
  };
  const tagBySlug = {
    places: once(() => new Map(tags.places().map((t) => [t.slug, t]))),
    topics: once(() => new Map(tags.topics().map((t) => [t.slug, t]))),
  };
  // Figures' histories cross days: built once, on the first page that shows a figure.
  const history = once(() => computeFigureHistory(oldestFirst.map((b) => ({ date: b.date, figures: b.figures }))));
  const figures = once(() => computeFigureSeries(conflict.figures ?? [], history()));
  const figureByKey = once(() => new Map(figures().map((series) => [series.definition.key, series])));
  return {
    conflict,
    maps,
    oldestFirst,
    newestFirst,
    getBriefing: (date) => {
      const i = position.get(date);
      return i === undefined ? undefined : oldestFirst[i];
    },
    getNeighbours: (date) => {
      const i = position.get(date);
      return i === undefined ? {} : { previous: oldestFirst[i - 1], next: oldestFirst[i + 1] };
    },
    getBriefingByDay: (day) => byDay.get(day),
    getEarlierYears: (date) => (byMonthDay().get(date.slice(5)) ?? []).filter((b) => b.date < date),
    getMonthBriefings: (month) => byMonth().get(month) ?? [],
    getMonths: months,
    getTags: (kind) => tags[kind](),
    getTag: (kind, slug) => tagBySlug[kind]().get(slug),
    getFigures: figures,
    getFigure: (key) => figureByKey().get(key),
    getDayFigures: (date) => {
      const briefing = oldestFirst[position.get(date) ?? -1];
      return briefing && briefing.figures.length > 0 ? computeDayFigures(history(), date, briefing.figures) : [];
    },
  };
}
