import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { FigurePoint, FigureSeries } from "@/lib/content";
import { FIGURE_CSV_COLUMNS, formatFigureCsv, formatFigureCsvResponse, neutralizeCell } from "@/lib/publish/figure-csv";
import { russiaUkraine } from "../helpers";

const definition = { key: "civilians-killed", label: "Civilians killed", unit: "people", cumulative: true };
const point = (date: string, value: number, more: Partial<FigurePoint> = {}): FigurePoint => ({
  date,
  asOf: date,
  value,
  source: { name: "UN Human Rights Monitoring Mission in Ukraine", url: "https://ukraine.un.org/en/" },
  corrected: false,
  ...more,
});
const series = (points: FigurePoint[]): FigureSeries => ({ definition, points });

/** The data a CSV row stands for, as the series holds it. */
const asRow = (p: FigurePoint) => ({
  date: p.date,
  value: String(p.value),
  as_of: p.asOf,
  source_name: p.source.name,
  source_url: p.source.url ?? "",
  note: p.note ?? "",
});

describe("a figure's CSV file", () => {
  it("round-trips every report to the same data, whatever the text holds", () => {
    const points = [
      point("2024-01-01", 10_000, { asOf: "2023-12-31" }),
      point("2024-01-02", 10_191.5, { note: 'Verified, "at least"; with a comma, a\nline break and “quotes”' }),
      point("2024-01-05", 0, { source: { name: "Ministry, of Health" } }),
      point("2024-01-07", 10_200, { note: "Київ — Kyiv" }),
    ];
    const csv = formatFigureCsv(series(points));
    expect(csv.split("\n")[0]).toBe(FIGURE_CSV_COLUMNS.join(","));
    expect(parse(csv, { columns: true })).toEqual(points.map(asRow));
    const typed: { value: number }[] = parse(csv, {
      columns: true,
      cast: (value, context) => (context.column === "value" ? Number(value) : value),
    });
    expect(typed.map((r) => r.value)).toEqual(points.map((p) => p.value));
  });

  it("is a header alone for a figure with no report", () => {
    expect(formatFigureCsv(series([]))).toBe("date,value,as_of,source_name,source_url,note\n");
  });

  it.each(['=HYPERLINK("https://evil.example")', "+1+2", "-2+3", "@SUM(A1)", "\tindent", "\rreturn"])(
    "neutralises a cell a spreadsheet would run as a formula: %j",
    (text) => {
      expect(neutralizeCell(text)).toBe(`'${text}`);
      const csv = formatFigureCsv(series([point("2024-01-01", 1, { note: text, source: { name: text } })]));
      const [row]: Record<string, string>[] = parse(csv, { columns: true });
      expect(row?.note).toBe(`'${text}`);
      expect(row?.source_name).toBe(`'${text}`);
    },
  );

  it("leaves ordinary text and numbers as they are", () => {
    for (const text of ["UN", "10,200", "a=b", "e-mail", "2024-01-07"]) expect(neutralizeCell(text)).toBe(text);
  });

  it("is served as text/csv with a file name and an ETag; no figure is a 404", async () => {
    const response = formatFigureCsvResponse({ conflict: russiaUkraine, series: series([point("2024-01-01", 5)]) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="russia-ukraine-civilians-killed.csv"');
    expect(response.headers.get("etag")).toMatch(/^"/);
    expect(await response.text()).toContain("2024-01-01,5,2024-01-01,");
    const missing = formatFigureCsvResponse(undefined);
    expect(missing.status).toBe(404);
  });
});
