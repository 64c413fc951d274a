import { scaleLinear, scaleUtc } from "d3-scale";
import { curveStepAfter, line } from "d3-shape";
import { formatNumber } from "@/lib/format";
import { downsampleForDrawing } from "./downsample";

/** The chart's drawing box (SVG user units; the SVG scales to its container) and its margins for axes and the latest label. */
export const CHART_SIZE = { width: 640, height: 220, top: 26, right: 84, bottom: 28, left: 56 } as const;

/** One report as the chart needs it: the date the value stands at, and the value. */
export interface ChartPoint {
  asOf: string;
  value: number;
}

/** A figure's chart, ready for SVG: paths, ticks and the latest value's label, in user units. */
export interface FigureChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The step line through the points drawn. */
  line: string;
  /** A dot at each point drawn, as one path of zero-length strokes (round caps make them dots). */
  marks: string;
  /** How many reports the chart draws (fewer than it was given when the series was downsampled). */
  drawn: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  latest: { x: number; y: number; label: string };
}

const DAY = 86_400_000;
/** Two user units per column: a long series never draws more than about four points per column. */
const COLUMN = 2;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

const utcDate = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options });
const DAY_MONTH = utcDate({ day: "numeric", month: "short" });
const MONTH_YEAR = utcDate({ month: "short", year: "numeric" });
const YEAR = utcDate({ year: "numeric" });
const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** Date ticks at whole days, labelled by what the span needs: "7 Jan", "Jan 2024" or "2024". */
function computeXTicks(x: ReturnType<typeof scaleUtc<number>>, spanDays: number): FigureChart["xTicks"] {
  const format = spanDays <= 120 ? DAY_MONTH : spanDays <= 3 * 366 ? MONTH_YEAR : YEAR;
  const seen = new Set<string>();
  return x
    .ticks(4)
    .filter((tick) => tick.getTime() % DAY === 0)
    .flatMap((tick) => {
      const label = format.format(tick);
      if (seen.has(label)) return [];
      seen.add(label);
      return [{ x: round(x(tick)), label }];
    });
}

/**
 * The chart of a figure's reports (sorted by date): a step line (a figure keeps
 * its value until the next report), a dot at each report and the latest value
 * labelled. The y axis starts at zero unless the values stay above half their
 * maximum, where zero would flatten every change. A long series is downsampled
 * for drawing only (downsample.ts). Undefined when there is no report.
 */
export function computeFigureChart(points: readonly ChartPoint[]): FigureChart | undefined {
  const last = points.at(-1);
  if (!last) return undefined;
  const { width, height, top, right, bottom, left } = CHART_SIZE;
  const plot = { left, right: width - right, top, bottom: height - bottom };
  // Each date parsed once: a long series is walked several times below.
  const times = points.map((p) => toTime(p.asOf));
  const [t0, t1] = [times[0]!, times.at(-1)!];
  const x = scaleUtc()
    .domain(t0 === t1 ? [t0 - DAY, t1 + DAY] : [t0, t1])
    .range([plot.left, plot.right]);
  let [low, high] = [last.value, last.value];
  for (const p of points) [low, high] = [Math.min(low, p.value), Math.max(high, p.value)];
  const floor = low > high / 2 ? low : 0;
  const y = scaleLinear()
    .domain(floor === high ? [Math.max(0, high - 1), high + 1] : [floor, high])
    .nice(4)
    .range([plot.bottom, plot.top]);

  const buckets = Math.floor((plot.right - plot.left) / COLUMN);
  const indices = points.map((_, i) => i);
  const drawn = downsampleForDrawing(
    indices,
    (i) => times[i]!,
    (i) => points[i]!.value,
    buckets,
  );
  const path = line<number>()
    .x((i) => x(times[i]!))
    .y((i) => y(points[i]!.value))
    .curve(curveStepAfter)
    .digits(1);
  const marks = drawn.map((i) => `M${round(x(times[i]!))},${round(y(points[i]!.value))}h0`).join("");
  return {
    width,
    height,
    plot,
    line: path(drawn) ?? "",
    marks,
    drawn: drawn.length,
    xTicks: computeXTicks(x, (t1 - t0) / DAY),
    yTicks: y.ticks(4).map((tick) => ({ y: round(y(tick)), label: COMPACT.format(tick) })),
    latest: { x: round(x(t1)), y: round(y(last.value)), label: formatNumber(last.value) },
  };
}
