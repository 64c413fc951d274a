import { FigureOverview } from "@/components/figure-overview";
import { FigureTable } from "@/components/figure-table";
import { FigureYearsNav } from "@/components/figure-years-nav";
import { formatCount } from "@/lib/format";
import { computeFigureYears, computeLatestReports } from "@/lib/figure-years";
import { formatFiguresPath } from "@/lib/routes";
import type { FigureSeries } from "@/lib/content";

/**
 * One figure on the figures page: what it counts, its latest value and range,
 * its chart of every report, its newest reports as a table, links to every
 * year of its reports and its CSV file. The newest reports only: a figure
 * reported daily for years would put thousands of rows on the page, and
 * parsing them was most of the page's blocking time.
 */
export function FigureSection({ slug, series }: { slug: string; series: FigureSeries }) {
  const { definition, points } = series;
  const latest = computeLatestReports(points);
  return (
    <section id={definition.key} aria-labelledby={`${definition.key}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${definition.key}-heading`} className="font-serif text-2xl font-semibold">
        {definition.label}
      </h2>
      <FigureOverview series={series} />
      <FigureTable
        slug={slug}
        definition={definition}
        points={latest}
        caption={
          latest.length === points.length
            ? "Every report, newest first"
            : `The ${latest.length} newest of ${formatCount(points.length, "report")}, newest first`
        }
      />
      <FigureYearsNav slug={slug} figureKey={definition.key} label={definition.label} years={computeFigureYears(points)} />
      {points.length > 0 ? (
        <p className="mt-2 text-sm print:hidden">
          {/* A name that says which figure's data, whatever the browser makes of visually hidden text inside a link. */}
          <a
            href={formatFiguresPath(slug, definition.key)}
            download
            aria-label={`Download the data (CSV): ${definition.label}`}
            className="underline underline-offset-2"
          >
            Download the data (CSV)
          </a>
        </p>
      ) : null}
    </section>
  );
}
