import "server-only";
import { cache } from "react";
import type { ConflictIndex } from "./indexes";
import { computeCountsMap, type CountsMap } from "./map-views";
import type { Conflict } from "./schema";
import { getStore } from "./store";

export interface ConflictMapView {
  conflict: Conflict;
  /** Months the range form offers, oldest first: value "2024-01", label "January 2024". */
  months: { value: string; label: string }[];
  /** The range shown, as months (YYYY-MM); the whole war when not limited. */
  from: string;
  to: string;
  limited: boolean;
  /** What was wrong with the requested range, when it could not be used. */
  problem?: string;
  /** Briefings in the range. */
  days: number;
  map: CountsMap;
}

/** The whole war's map, drawn once per store (the page most often asked for). */
const wholeWar = new WeakMap<ConflictIndex, CountsMap>();

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function readParam(params: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = params[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/**
 * `/<conflict>/map?from=YYYY-MM&to=YYYY-MM`: every place the briefings name,
 * each marker's area proportional to its number of days, limited to a range of
 * months when asked. A range that is not months of the war is ignored, with a
 * message; a reversed one is turned round.
 */
export const getConflictMapView = cache(function getConflictMapView(slug: string, params: Record<string, string | string[] | undefined>): ConflictMapView | undefined {
  const index = getStore().indexes.get(slug);
  if (!index) return undefined;
  const months = index.getMonths().map((m) => ({ value: `${m.year}-${String(m.month).padStart(2, "0")}`, label: m.label }));
  const first = months[0]?.value ?? index.conflict.start.slice(0, 7);
  const last = months.at(-1)?.value ?? first;
  const asked = { from: readParam(params, "from"), to: readParam(params, "to") };
  const known = new Set(months.map((m) => m.value));
  const bad = [asked.from, asked.to].find((value) => value !== undefined && !(MONTH.test(value) && known.has(value)));
  let from = bad === undefined ? (asked.from ?? first) : first;
  let to = bad === undefined ? (asked.to ?? last) : last;
  if (from > to) [from, to] = [to, from];
  const limited = from !== first || to !== last;
  const briefings = limited ? index.oldestFirst.filter((b) => b.date.slice(0, 7) >= from && b.date.slice(0, 7) <= to) : index.oldestFirst;
  let map = limited ? undefined : wholeWar.get(index);
  if (!map) {
    map = computeCountsMap(index, briefings);
    if (!limited) wholeWar.set(index, map);
  }
  const problem = bad === undefined ? undefined : `“${bad.slice(0, 40)}” is not a month of the war (from ${first} to ${last}); showing every month`;
  return { conflict: index.conflict, months, from, to, limited, problem, days: briefings.length, map };
});
