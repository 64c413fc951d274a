import { formatShortDate } from "@/lib/dates";
import { formatCount, formatNumber } from "@/lib/format";
import type { FigureSeries } from "@/lib/content";

/**
 * A figure's history in words, for its chart's `<title>` and `<desc>` and the
 * figures page: the dates it covers, the latest value, and the lowest and
 * highest values reported.
 */
export function formatFigureSummary({ definition, points }: FigureSeries): { title: string; description: string } {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { title: definition.label, description: `No report of ${definition.label.toLowerCase()} yet.` };
  let [low, high] = [first.value, first.value];
  for (const p of points) [low, high] = [Math.min(low, p.value), Math.max(high, p.value)];
  const span = first.asOf === last.asOf ? formatShortDate(first.asOf) : `${formatShortDate(first.asOf)} to ${formatShortDate(last.asOf)}`;
  const range =
    low === high ? `every report ${formatNumber(low)}` : `from ${formatNumber(low)} to ${formatNumber(high)} ${definition.unit}`;
  return {
    title: `${definition.label}, ${span}`,
    description: `Latest: ${formatNumber(last.value)} ${definition.unit} as of ${formatShortDate(last.asOf)}. Range: ${range}, over ${formatCount(points.length, "report")}.`,
  };
}
