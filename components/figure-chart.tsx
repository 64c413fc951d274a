import { computeFigureChart, type FigureChart as Chart } from "@/lib/charts/figure-chart";
import { formatFigureSummary } from "@/lib/charts/figure-summary";
import type { FigureSeries } from "@/lib/content";

/** Charts kept per series: the content store builds each series once, so a page rendered again from the same content draws nothing twice. */
const charts = new WeakMap<FigureSeries, Chart | undefined>();
function getChart(series: FigureSeries): Chart | undefined {
  if (!charts.has(series)) charts.set(series, computeFigureChart(series.points));
  return charts.get(series);
}

/**
 * One figure's history as an SVG drawn on the server (no client JavaScript): a
 * step line, a dot at each report drawn and the latest value labelled, with a
 * `<title>` and `<desc>` giving the latest value and the range, axis labels
 * with the unit, and colours from `currentColor` and the chart's CSS variables
 * (app/globals.css), so both themes and print get their own.
 */
export function FigureChart({ series }: { series: FigureSeries }) {
  const chart = getChart(series);
  if (!chart) return null;
  const { definition } = series;
  const summary = formatFigureSummary(series);
  const id = `chart-${definition.key}`;
  const { plot } = chart;
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="figure-chart mt-3 h-auto w-full"
      data-drawn={chart.drawn}
    >
      <title id={`${id}-title`}>{summary.title}</title>
      <desc id={`${id}-desc`}>{summary.description}</desc>
      <g className="chart-axis" aria-hidden="true">
        <text x={0} y={plot.top - 12}>
          {definition.unit}
        </text>
        {chart.yTicks.map((tick) => (
          <g key={tick.label}>
            <line className="chart-rule" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={tick.label} x={tick.x} y={plot.bottom + 18} textAnchor="middle">
            {tick.label}
          </text>
        ))}
        <text x={plot.right} y={plot.bottom + 18} dx="8">
          as of
        </text>
      </g>
      <path className="chart-line" d={chart.line} />
      <path className="chart-marks" d={chart.marks} />
      <text className="chart-latest" x={chart.latest.x + 8} y={chart.latest.y} dy="0.32em">
        {chart.latest.label}
      </text>
    </svg>
  );
}
