import { createIssue, type ContentIssue } from "./issues";
import type { ParsedDay } from "./parse-briefing";
import type { BriefingFigure, Conflict, FigureDefinition } from "./schema";

/** What the history needs of a report: its key, its value and the date it stands at. */
interface Reported {
  key: string;
  value: number;
  asOf: string;
}

/** One report of a figure in its history, and the report before it (none for the first). */
export interface FigureReport<F extends Reported> {
  /** The day whose file reports it. */
  date: string;
  figure: F;
  previous?: FigureReport<F>;
}

/** Every declared figure's reports, and a day's report of one figure. */
export interface FigureHistory<F extends Reported> {
  /** Each key's reports in order: by the date they stand at (`as_of`), then by the day that reports them. */
  byKey: ReadonlyMap<string, readonly FigureReport<F>[]>;
  find(key: string, date: string): FigureReport<F> | undefined;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders every report of each figure across a conflict's days and links each to
 * the one before it, once per loaded content (the store's indexes and the
 * checker both call it; pages never do). A report's previous one is the report
 * standing at the date before it: the change a day shows, and whether a
 * cumulative figure fell, are measured against it.
 */
export function computeFigureHistory<F extends Reported>(days: readonly { date: string; figures: readonly F[] }[]): FigureHistory<F> {
  const byKey = new Map<string, FigureReport<F>[]>();
  const byDay = new Map<string, FigureReport<F>>();
  for (const { date, figures } of days) {
    for (const figure of figures) {
      const report: FigureReport<F> = { date, figure };
      const list = byKey.get(figure.key);
      if (list) list.push(report);
      else byKey.set(figure.key, [report]);
      byDay.set(`${figure.key}/${date}`, report);
    }
  }
  for (const reports of byKey.values()) {
    // ISO dates sort as strings; plain comparison, not localeCompare, which costs far more over thousands of reports.
    reports.sort((a, b) => compare(a.figure.asOf, b.figure.asOf) || compare(a.date, b.date));
    reports.forEach((report, i) => {
      if (i > 0) report.previous = reports[i - 1];
    });
  }
  return { byKey, find: (key, date) => byDay.get(`${key}/${date}`) };
}

/** A figure as a day page shows it: the report itself and, when there is one, the report before it. */
export type DayFigure = BriefingFigure & { previous?: { date: string; asOf: string; value: number } };

/** The day's figures with the report before each (for "+1,340 since 2 January"). */
export function computeDayFigures(history: FigureHistory<BriefingFigure>, date: string, figures: readonly BriefingFigure[]): DayFigure[] {
  return figures.map((figure) => {
    const previous = history.find(figure.key, date)?.previous;
    return previous ? { ...figure, previous: { date: previous.date, asOf: previous.figure.asOf, value: previous.figure.value } } : figure;
  });
}

/**
 * Warnings (DB407) for cumulative figures lower than their previous report, at
 * the lower value in its file. A fall that the day explains with a correction
 * naming the figure is not reported: that is what a correction is for.
 */
export function findFigureFalls(conflict: Conflict, days: readonly { file: string; parsed: ParsedDay }[]): ContentIssue[] {
  const cumulative = new Set((conflict.figures ?? []).filter((figure: FigureDefinition) => figure.cumulative).map((figure) => figure.key));
  if (cumulative.size === 0) return [];
  const located = days.map(({ file, parsed }) => ({
    date: parsed.date,
    figures: parsed.figures.map((figure, index) => ({
      ...figure,
      file,
      index,
      corrected: (parsed.front.corrections ?? []).some((correction) => correction.figure === figure.key),
    })),
  }));
  const issues: ContentIssue[] = [];
  for (const [key, reports] of computeFigureHistory(located).byKey) {
    if (!cumulative.has(key)) continue;
    for (const { figure, previous } of reports) {
      if (!previous || figure.value >= previous.figure.value || figure.corrected) continue;
      const at = { file: figure.file, line: figure.line, column: figure.column };
      issues.push(createIssue("cumulative-figure-fell", at, `figures[${figure.index}].value`, { key, from: previous.figure.value, fromDate: previous.figure.asOf, to: figure.value }));
    }
  }
  return issues;
}
