import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { FigureChart } from "@/components/figure-chart";
import { FigureTable } from "@/components/figure-table";
import { formatFigureSummary } from "@/lib/charts/figure-summary";
import { formatFiguresPath } from "@/lib/routes";
import type { FiguresView } from "@/lib/content";

/**
 * A conflict's key figures over time: for each declared figure, what it counts,
 * its latest value, a chart of every report, the reports as a table and as a
 * CSV file. Everything is rendered on the server; nothing here needs JavaScript.
 */
export function FiguresPage({ view }: { view: FiguresView }) {
  const { conflict, figures } = view;
  return (
    <>
      <ConflictTitle conflict={conflict} suffix="Key figures" />
      <ConflictNav slug={conflict.slug} current="figures" />
      <p className="mt-6 text-neutral-700 dark:text-neutral-300">
        Each figure as the daily briefings reported it, with its source. A figure keeps its value until the next report; days that did not
        report it add nothing.
      </p>
      {figures.length === 0 ? <p className="mt-6">No figures are tracked for the {conflict.name} yet.</p> : null}
      {figures.map((series) => {
        const { definition } = series;
        return (
          <section key={definition.key} id={definition.key} aria-labelledby={`${definition.key}-heading`} className="mt-10 scroll-mt-4">
            <h2 id={`${definition.key}-heading`} className="font-serif text-2xl font-semibold">
              {definition.label}
            </h2>
            {definition.description ? <p className="mt-1 text-neutral-700 dark:text-neutral-300">{definition.description}</p> : null}
            <p className="mt-2 text-sm" data-testid="figure-summary">
              {formatFigureSummary(series).description}
            </p>
            <FigureChart series={series} />
            <FigureTable slug={conflict.slug} series={series} />
            {series.points.length > 0 ? (
              <p className="mt-2 text-sm print:hidden">
                <a href={formatFiguresPath(conflict.slug, definition.key)} download className="underline underline-offset-2">
                  Download the data (CSV)<span className="sr-only">: {definition.label}</span>
                </a>
              </p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
