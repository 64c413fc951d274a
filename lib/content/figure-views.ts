import "server-only";
import { cache } from "react";
import { computeFigureYears, getReportYear, type FigureYear } from "@/lib/figure-years";
import type { FigurePoint, FigureSeries } from "./figure-series";
import type { Conflict } from "./schema";
import { getStore } from "./store";

export interface FiguresView {
  conflict: Conflict;
  /** Every figure the conflict declares, in the order declared, with all its reports. */
  figures: readonly FigureSeries[];
}

/** One year of one figure: its year page (`/<conflict>/figures/<key>/<year>`). */
export interface FigureYearView {
  conflict: Conflict;
  year: number;
  /** The figure with only that year's reports, oldest first. */
  series: FigureSeries;
  /** Every year with reports of the figure, oldest first, for the page's year navigation. */
  years: readonly FigureYear[];
}

/** A conflict's figures page: each declared figure's history (built once per store, in its index). */
export const getFiguresView = cache(function getFiguresView(slug: string): FiguresView | undefined {
  const index = getStore().indexes.get(slug);
  return index && { conflict: index.conflict, figures: index.getFigures() };
});

/** One figure's history, for its CSV file; undefined for an unknown conflict or key. */
export function getFigureView(slug: string, key: string): { conflict: Conflict; series: FigureSeries } | undefined {
  const index = getStore().indexes.get(slug);
  const series = index?.getFigure(key);
  return index && series ? { conflict: index.conflict, series } : undefined;
}

/**
 * Each series' reports split by year, built once per series (the store builds a series once per
 * content change), so every year page of the same content gets the same objects and the chart
 * drawn for it is kept (components/figure-chart).
 */
const byYear = new WeakMap<FigureSeries, { years: FigureYear[]; series: Map<number, FigureSeries> }>();
function getYears(series: FigureSeries) {
  let split = byYear.get(series);
  if (!split) {
    const years = computeFigureYears(series.points);
    const perYear = new Map<number, { definition: FigureSeries["definition"]; points: FigurePoint[] }>();
    for (const { year } of years) perYear.set(year, { definition: series.definition, points: [] });
    for (const point of series.points) perYear.get(getReportYear(point))?.points.push(point);
    split = { years, series: perYear };
    byYear.set(series, split);
  }
  return split;
}

/** One figure's reports of one year; undefined for an unknown conflict or key, or a year with no report. */
export const getFigureYearView = cache(function getFigureYearView(slug: string, key: string, year: number): FigureYearView | undefined {
  const figure = getFigureView(slug, key);
  if (!figure) return undefined;
  const { years, series } = getYears(figure.series);
  const ofYear = series.get(year);
  return ofYear && { conflict: figure.conflict, year, series: ofYear, years };
});
