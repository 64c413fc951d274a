import { FigureChart } from "@/components/figure-chart";
import { FigureTable } from "@/components/figure-table";
import { formatFigureSummary } from "@/lib/charts/figure-summary";
import { formatFiguresPath } from "@/lib/routes";
import type { FigureSeries } from "@/lib/content";

/** One figure on the figures page: what it counts, its latest value and range, its chart, its table and its CSV file. */
export function FigureSection({ slug, series }: { slug: string; series: FigureSeries }) {
  const { definition } = series;
  return (
    <section id={definition.key} aria-labelledby={`${definition.key}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${definition.key}-heading`} className="font-serif text-2xl font-semibold">
        {definition.label}
      </h2>
      {definition.description ? <p className="mt-1 text-neutral-700 dark:text-neutral-300">{definition.description}</p> : null}
      <p className="mt-2 text-sm" data-testid="figure-summary">
        {formatFigureSummary(series).description}
      </p>
      <FigureChart series={series} />
      <FigureTable slug={slug} series={series} />
      {series.points.length > 0 ? (
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
