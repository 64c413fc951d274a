import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureYearPage } from "@/components/figure-year-page";
import { FiguresPage } from "@/components/figures-page";
import { KeyFigures } from "@/components/key-figures";
import { computeDayFigures, computeFigureHistory } from "@/lib/content/figure-history";
import { computeFigureSeries } from "@/lib/content/figure-series";
import { isError } from "@/lib/content/issues";
import { parseConflict } from "@/lib/content/parse-conflict";
import { computeFigureYears } from "@/lib/figure-years";
import { formatBriefingHtml } from "@/lib/publish/feed-html";
import { formatFigureCsv } from "@/lib/publish/figure-csv";
import { buildNewsArticle, serializeJsonLd } from "@/lib/publish/json-ld";
import { parseDay } from "../helpers";
import { buildFigureXssCases, findActiveComponentMarkup, findActiveHtml } from "../xss-helpers";

const CASES = buildFigureXssCases();
const outcome = { rejected: 0, inert: 0 };

/**
 * Each payload in each field of a figure goes through the checker; what it accepts is rendered as the day page
 * (the Key figures box), the figures page (chart, table, CSV link), a figure's year page, the feeds, the JSON-LD and the CSV file render it.
 */
describe(`XSS corpus in figures: ${CASES.length} placements`, () => {
  it.each(CASES)("$name is rejected with its position, or rendered inert everywhere", ({ conflict: conflictText, day }) => {
    const parsed = parseConflict("content/russia-ukraine/_conflict.md", "russia-ukraine", conflictText);
    const { briefing, issues } = parsed.conflict
      ? parseDay("content/russia-ukraine/2024-01-07.md", "2024-01-07.md", day, parsed.conflict, { today: "2026-11-29" })
      : { briefing: undefined, issues: parsed.issues };
    const errors = issues.filter(isError);
    if (errors.length > 0 || !briefing || !parsed.conflict) {
      outcome.rejected++;
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error.line * error.column, error.code).toBeGreaterThanOrEqual(1);
      return;
    }
    outcome.inert++;
    const conflict = parsed.conflict;
    const history = computeFigureHistory([{ date: briefing.date, figures: briefing.figures }]);
    const figures = computeDayFigures(history, briefing.date, briefing.figures);
    const series = computeFigureSeries(conflict.figures ?? [], history);
    const box = renderToStaticMarkup(createElement(KeyFigures, { slug: conflict.slug, date: briefing.date, figures }));
    const page = renderToStaticMarkup(createElement(FiguresPage, { view: { conflict, figures: series } }));
    expect(box).toContain("10,200");
    expect(page).toContain("<svg");
    expect(findActiveComponentMarkup(box)).toEqual([]);
    expect(findActiveComponentMarkup(page)).toEqual([]);
    // The figure's year page: its title, chart, table of the year's reports and year links.
    const reported = series.find((s) => s.points.length > 0)!;
    const yearPage = renderToStaticMarkup(
      createElement(FigureYearPage, { view: { conflict, year: 2024, series: reported, years: computeFigureYears(reported.points) } }),
    );
    expect(yearPage).toContain("10,200");
    expect(findActiveComponentMarkup(yearPage)).toEqual([]);
    expect(findActiveHtml(formatBriefingHtml(briefing, "https://daybook.example/russia-ukraine/2024-01-07", figures))).toEqual([]);
    const jsonLd = serializeJsonLd(buildNewsArticle(conflict, briefing, "A headline"));
    expect(jsonLd).not.toMatch(/[<>]/);
    expect(JSON.parse(jsonLd).mentions).toHaveLength(1);
    // The CSV file keeps the text (a formula-like cell gets a leading apostrophe) and stays one row of six cells.
    const rows: string[][] = parse(formatFigureCsv(series[0]!));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(6);
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("rejected some placements and rendered the rest inert", () => {
    expect(outcome.rejected).toBeGreaterThan(0);
    expect(outcome.inert).toBeGreaterThan(0);
    console.log(`XSS corpus in figures: ${outcome.rejected} placements rejected by the checker, ${outcome.inert} accepted and rendered inert`);
  });
});
