import { FigureChart } from "@/components/figure-chart";
import { formatFigureSummary } from "@/lib/charts/figure-summary";
import type { FigureSeries } from "@/lib/content";

/** What a figure counts, its latest value and range in words, and its chart: the top of its part of the figures page and of its year pages. */
export function FigureOverview({ series }: { series: FigureSeries }) {
  const { description } = series.definition;
  return (
    <>
      {description ? <p className="mt-2 text-neutral-700 dark:text-neutral-300">{description}</p> : null}
      <p className="mt-2 text-sm" data-testid="figure-summary">
        {formatFigureSummary(series).description}
      </p>
      <FigureChart series={series} />
    </>
  );
}
