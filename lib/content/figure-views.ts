import "server-only";
import { cache } from "react";
import type { FigureSeries } from "./figure-series";
import type { Conflict } from "./schema";
import { getStore } from "./store";

export interface FiguresView {
  conflict: Conflict;
  /** Every figure the conflict declares, in the order declared, with all its reports. */
  figures: readonly FigureSeries[];
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
