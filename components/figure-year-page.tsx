import Link from "next/link";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { FigureOverview } from "@/components/figure-overview";
import { FigureTable } from "@/components/figure-table";
import { FigureYearsNav } from "@/components/figure-years-nav";
import { formatMonthName } from "@/lib/dates";
import { computeReportMonths } from "@/lib/figure-years";
import { formatCount } from "@/lib/format";
import { formatFigureYearPath, formatFiguresPath } from "@/lib/routes";
import type { FigureYearView } from "@/lib/content";

/**
 * One year of one figure's reports: its chart over that year, every report of
 * the year in a table a month (oldest first), the neighbouring years and every other
 * year, and the CSV file of every report. Nothing here needs JavaScript.
 */
export function FigureYearPage({ view }: { view: FigureYearView }) {
  const { conflict, year, series, years } = view;
  const { definition, points } = series;
  const at = years.findIndex((y) => y.year === year);
  const [earlier, later] = [years[at - 1], years[at + 1]];
  return (
    <>
      <ConflictTitle conflict={conflict} suffix={`${definition.label}, ${year}`} />
      <ConflictNav slug={conflict.slug} current="figures" />
      <p className="mt-6 text-sm print:hidden">
        <Link href={`${formatFiguresPath(conflict.slug)}#${definition.key}`} className="underline underline-offset-2">
          ← Every key figure
        </Link>
      </p>
      <FigureOverview series={series} />
      <p className="mt-6 text-sm">
        {formatCount(points.length, "report")} in {year}, by the month of the day that reported them, oldest first.
      </p>
      {computeReportMonths(points).map(({ month, points: reports }) => (
        // Off-screen months are laid out only when scrolled to (content-visibility in app/globals.css): a year of daily reports is
        // hundreds of rows, and laying them all out at once was most of the page's blocking time.
        <section key={month} aria-labelledby={`month-${month}`} className="figure-month mt-6">
          <h2 id={`month-${month}`} className="font-serif text-xl font-semibold">
            {formatMonthName(month)}
          </h2>
          <FigureTable
            slug={conflict.slug}
            definition={definition}
            points={reports}
            caption={`${formatCount(reports.length, "report")}, oldest first`}
          />
        </section>
      ))}
      <nav aria-label="Neighbouring years" className="mt-6 flex justify-between gap-4 print:hidden">
        {earlier ? (
          <Link href={formatFigureYearPath(conflict.slug, definition.key, earlier.year)} rel="prev" className="underline">
            ← {earlier.year}
          </Link>
        ) : (
          <span />
        )}
        {later ? (
          <Link href={formatFigureYearPath(conflict.slug, definition.key, later.year)} rel="next" className="underline">
            {later.year} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <FigureYearsNav slug={conflict.slug} figureKey={definition.key} label={definition.label} years={years} current={year} />
      <p className="mt-2 text-sm print:hidden">
        <a href={formatFiguresPath(conflict.slug, definition.key)} download className="underline underline-offset-2">
          Download every report (CSV)
        </a>
      </p>
    </>
  );
}
