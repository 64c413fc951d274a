import type { FigureHistory } from "./figure-history";
import type { BriefingFigure, FigureDefinition } from "./schema";

/** One report of a figure as charts, tables and CSV files give it. */
export interface FigurePoint {
  /** The day whose briefing reports it (its page: `/<conflict>/<date>`). */
  date: string;
  /** The date the value stands at. */
  asOf: string;
  value: number;
  note?: string;
  source: { name: string; url?: string };
  /** True when that day's corrections name the figure. */
  corrected: boolean;
}

/** A declared figure and every report of it, oldest first (by as_of, then by day). */
export interface FigureSeries {
  definition: FigureDefinition;
  points: readonly FigurePoint[];
}

/** Every declared figure's series, in the order declared (a figure nobody reported yet has no points). */
export function computeFigureSeries(definitions: readonly FigureDefinition[], history: FigureHistory<BriefingFigure>): FigureSeries[] {
  return definitions.map((definition) => ({
    definition,
    points: (history.byKey.get(definition.key) ?? []).map(({ date, figure }) => ({
      date,
      asOf: figure.asOf,
      value: figure.value,
      note: figure.note,
      source: { name: figure.source.name, url: figure.source.url },
      corrected: figure.corrections.length > 0,
    })),
  }));
}
