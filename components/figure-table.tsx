import { formatShortDate } from "@/lib/dates";
import { formatCount, formatNumber } from "@/lib/format";
import { formatDayPath } from "@/lib/routes";
import type { FigureSeries } from "@/lib/content";

/**
 * Every report of a figure, oldest first, in a table folded in `<details>`: the
 * day that reported it (a link to that day), the value, the date it stands at,
 * its source and note. Never downsampled. Plain links (not next/link): a long
 * history has thousands, and they need no prefetching.
 */
export function FigureTable({ slug, series }: { slug: string; series: FigureSeries }) {
  const { definition, points } = series;
  if (points.length === 0) return null;
  const notes = points.some((p) => p.note);
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm underline underline-offset-2">Data table ({formatCount(points.length, "report")})</summary>
      <div className="mt-2 max-h-[32rem] overflow-auto">
        <table className="w-full text-left text-sm tabular-nums">
          <caption className="sr-only">
            {definition.label} ({definition.unit}), every report
          </caption>
          <thead>
            <tr>
              <th scope="col">Reported on</th>
              <th scope="col" className="text-right">
                {definition.unit}
              </th>
              <th scope="col">As of</th>
              <th scope="col">Source</th>
              {notes ? <th scope="col">Note</th> : null}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.date}>
                <th scope="row" className="font-normal">
                  <a href={formatDayPath(slug, point.date)} className="underline underline-offset-2">
                    {formatShortDate(point.date)}
                  </a>
                </th>
                <td className="text-right">
                  {formatNumber(point.value)}
                  {point.corrected ? (
                    <>
                      {" "}
                      <a href={`${formatDayPath(slug, point.date)}#corrections`}>(corrected)</a>
                    </>
                  ) : null}
                </td>
                <td>
                  <time dateTime={point.asOf}>{formatShortDate(point.asOf)}</time>
                </td>
                <td>
                  {point.source.url ? (
                    <a href={point.source.url} rel="noopener noreferrer" className="underline underline-offset-2">
                      {point.source.name}
                    </a>
                  ) : (
                    point.source.name
                  )}
                </td>
                {notes ? <td>{point.note}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
