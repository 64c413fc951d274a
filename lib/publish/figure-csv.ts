import { stringify } from "csv-stringify/sync";
import type { Conflict, FigureSeries } from "@/lib/content";
import { notFoundResponse } from "@/lib/redirect";
import { formatEtag } from "./etag";

/** The CSV file's columns, in order. */
export const FIGURE_CSV_COLUMNS = ["date", "value", "as_of", "source_name", "source_url", "note"] as const;

/**
 * A text cell that a spreadsheet would read as a formula (it starts with =, +,
 * -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP
 * recommends against CSV injection; spreadsheets show the text as written.
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Every report of one figure, oldest first, as RFC 4180 CSV with a header row:
 * the day that reported it, the value (a plain number), the date it stands at,
 * and its source's name and URL, and its note. Never downsampled.
 */
export function formatFigureCsv(series: FigureSeries): string {
  const rows = series.points.map((point) => [
    point.date,
    String(point.value),
    point.asOf,
    neutralizeCell(point.source.name),
    neutralizeCell(point.source.url ?? ""),
    neutralizeCell(point.note ?? ""),
  ]);
  return stringify(rows, { header: true, columns: [...FIGURE_CSV_COLUMNS], record_delimiter: "unix" });
}

/** The HTTP response for one figure's CSV file, with an ETag and a file name; 404 when there is no such figure. */
export function formatFigureCsvResponse(view: { conflict: Conflict; series: FigureSeries } | undefined): Response {
  if (!view) return notFoundResponse();
  const body = formatFigureCsv(view.series);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${view.conflict.slug}-${view.series.definition.key}.csv"`,
      etag: formatEtag(body),
    },
  });
}
