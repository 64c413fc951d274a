import { formatNumber } from "@/lib/format";
import { formatDayPath } from "@/lib/routes";
import type { FigureDefinition, FigurePoint } from "@/lib/content";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "7 Jan 2024" from "2024-01-07", read straight off the ISO date (up to a year of them per table). */
const formatDate = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/**
 * Reports of a figure as a table, in the order given: the day that reported it
 * (a link to that day), the value (marked when that day corrected it), the date
 * it stands at, its source and note. Tables stay short (a figure's newest
 * reports, or one year of them), so a page never carries thousands of rows.
 */
export function FigureTable({
  slug,
  definition,
  points,
  caption,
}: {
  slug: string;
  definition: FigureDefinition;
  points: readonly FigurePoint[];
  /** What the rows are ("The 10 newest of 5,000 reports, newest first"); the figure's name is added for screen readers. */
  caption: string;
}) {
  if (points.length === 0) return null;
  const notes = points.some((p) => p.note);
  return (
    <div className="figure-table mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="mb-1 text-left text-sm text-neutral-700 dark:text-neutral-300">
          <span className="sr-only">{definition.label}: </span>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Reported on</th>
            <th scope="col">{definition.unit}</th>
            <th scope="col">As of</th>
            <th scope="col">Source</th>
            {notes ? <th scope="col">Note</th> : null}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => {
            const day = formatDayPath(slug, point.date);
            return (
              <tr key={point.date}>
                <th scope="row">
                  <a href={day}>{formatDate(point.date)}</a>
                </th>
                <td>
                  {formatNumber(point.value)}
                  {point.corrected ? (
                    <>
                      {" "}
                      <a href={`${day}#corrections`}>(corrected)</a>
                    </>
                  ) : null}
                </td>
                <td>{formatDate(point.asOf)}</td>
                <td>{point.source.url ? <a href={point.source.url}>{point.source.name}</a> : point.source.name}</td>
                {notes ? <td>{point.note ?? ""}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
