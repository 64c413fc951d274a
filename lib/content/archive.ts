import { addMonths, format, getDaysInMonth, getISODay } from "date-fns";
import { parseIsoDate } from "@/lib/dates";
import type { Briefing } from "./schema";

/** A calendar month of a conflict, e.g. { year: 2024, month: 1 }. */
export interface ArchiveMonth {
  year: number;
  month: number;
  /** "2024/01", the month's path under /<conflict>/archive/. */
  key: string;
  /** "January 2024". */
  label: string;
  count: number;
}

/** One cell of a month grid: a day of the month, with its briefing when there is one. */
export interface CalendarDay {
  date: string;
  dayOfMonth: number;
  briefing?: Briefing;
}

function formatMonthKey(year: number, month: number): string {
  return `${year}/${String(month).padStart(2, "0")}`;
}

/** Parses "2024" and "01" route params into a month, or undefined when they are not one. */
export function parseArchiveMonth(year: string, month: string): { year: number; month: number } | undefined {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return undefined;
  return { year: Number(year), month: Number(month) };
}

/**
 * Every month from the conflict's start to its newest briefing, oldest first, with
 * the number of briefings in each (months without any are kept, with count 0).
 */
export function computeArchiveMonths(start: string, briefings: readonly Briefing[]): ArchiveMonth[] {
  const counts = new Map<string, number>();
  let last = start;
  for (const briefing of briefings) {
    const key = briefing.date.slice(0, 7).replace("-", "/");
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (briefing.date > last) last = briefing.date;
  }
  const months: ArchiveMonth[] = [];
  const first = parseIsoDate(`${start.slice(0, 7)}-01`)!;
  for (let date = first; format(date, "yyyy-MM") <= last.slice(0, 7); date = addMonths(date, 1)) {
    const year = date.getFullYear();
    const month = date.getMonth() + 1;
    const key = formatMonthKey(year, month);
    months.push({ year, month, key, label: format(date, "MMMM yyyy"), count: counts.get(key) ?? 0 });
  }
  return months;
}

/**
 * The weeks of a month as rows of seven cells, Monday first; cells outside the
 * month are null. Each day carries its briefing when one exists.
 */
export function computeMonthCalendar(year: number, month: number, briefingsByDate: ReadonlyMap<string, Briefing>): (CalendarDay | null)[][] {
  const first = new Date(year, month - 1, 1);
  const cells: (CalendarDay | null)[] = Array.from({ length: getISODay(first) - 1 }, () => null);
  for (let day = 1; day <= getDaysInMonth(first); day++) {
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    cells.push({ date, dayOfMonth: day, briefing: briefingsByDate.get(date) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
