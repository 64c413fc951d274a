import { stringify } from "csv-stringify/sync";
import type { Briefing } from "@/lib/content";
import type { ApiItemRow } from "./schemas";

/** items.csv's columns, in order: the keys of its row schema (a unit test keeps the two the same). */
export const CSV_COLUMNS = [
  "date",
  "day",
  "section",
  "position",
  "text",
  "source_names",
  "source_urls",
] as const satisfies readonly (keyof ApiItemRow)[];

/**
 * A cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): one starting
 * with =, +, -, @, a tab or a carriage return. Such a cell gets a leading single quote,
 * which spreadsheets show and never evaluate; quoting is left to csv-stringify.
 */
export function neutralizeCsvCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The rows of one day: one per item, sections in their order, positions from 1. */
export function formatItemRows(briefing: Briefing): ApiItemRow[] {
  // Names and URLs one per line, aligned; a line break inside a name would shift the alignment.
  const sourceNames = briefing.sources.map((source) => source.name.replace(/[\r\n]+/g, " ")).join("\n");
  const sourceUrls = briefing.sources.map((source) => source.url ?? "").join("\n");
  return briefing.sections.flatMap((section) =>
    section.items.map((item, index) => ({
      date: briefing.date,
      day: briefing.day,
      section: section.key,
      position: index + 1,
      text: item.text,
      source_names: sourceNames,
      source_urls: sourceUrls,
    })),
  );
}

const OPTIONS = {
  // RFC 4180: CRLF between records; every text cell quoted, as OWASP recommends with the quote prefix.
  record_delimiter: "windows",
  quoted_string: true,
  cast: { string: neutralizeCsvCell },
} as const;

/** The header record of items.csv. */
export function formatCsvHeader(): string {
  return stringify([CSV_COLUMNS], OPTIONS);
}

/** CSV records of some rows, columns in CSV_COLUMNS order, with formula-like cells neutralized. */
export function formatCsvRows(rows: readonly ApiItemRow[]): string {
  return stringify(
    rows.map((row) => CSV_COLUMNS.map((column) => row[column])),
    OPTIONS,
  );
}
