import { formatCount, formatNumber } from "@/lib/format";
import { escapeHtml } from "@/lib/html";
import { formatDayPath } from "@/lib/routes";
import type { FigurePoint, FigureSeries } from "@/lib/content";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "7 Jan 2024" from "2024-01-07", read straight off the ISO date (thousands of them per table). */
const formatDate = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/**
 * The table's rows as HTML, built as text rather than as React elements: a
 * figure reported daily for years has thousands of rows, which React would take
 * most of a second to render; as text they take milliseconds. Every value is
 * escaped (lib/html) and every URL is a source's http(s) URL or a day's path.
 * Kept per series, which the content store builds once, so a page rendered again
 * from the same content reuses them.
 */
const rowsCache = new WeakMap<FigureSeries, string>();
function formatRows(slug: string, series: FigureSeries, notes: boolean): string {
  const cached = rowsCache.get(series);
  if (cached !== undefined) return cached;
  // Sources and notes repeat from report to report: each distinct text is escaped once.
  const escaped = new Map<string, string>();
  const escape = (text: string) => escaped.get(text) ?? escaped.set(text, escapeHtml(text)).get(text)!;
  // The slug is a validated slug and the dates validated YYYY-MM-DD: the day's path needs no escaping.
  const row = (point: FigurePoint) => {
    const day = formatDayPath(slug, point.date);
    const corrected = point.corrected ? ` <a href="${day}#corrections">(corrected)</a>` : "";
    const name = escape(point.source.name);
    const source = point.source.url ? `<a href="${escape(point.source.url)}">${name}</a>` : name;
    const note = notes ? `<td>${escape(point.note ?? "")}</td>` : "";
    return `<tr><th scope="row"><a href="${day}">${formatDate(point.date)}</a></th><td>${formatNumber(point.value)}${corrected}</td><td>${formatDate(point.asOf)}</td><td>${source}</td>${note}</tr>`;
  };
  const html = series.points.map(row).join("");
  rowsCache.set(series, html);
  return html;
}

/**
 * Every report of a figure, oldest first, in a table folded in `<details>`: the
 * day that reported it (a link to that day), the value, the date it stands at,
 * its source and note. Never downsampled.
 */
export function FigureTable({ slug, series }: { slug: string; series: FigureSeries }) {
  const { definition, points } = series;
  if (points.length === 0) return null;
  const notes = points.some((p) => p.note);
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm underline underline-offset-2">Data table ({formatCount(points.length, "report")})</summary>
      <div className="figure-table mt-2 max-h-[32rem] overflow-auto">
        <table className="w-full text-left text-sm tabular-nums">
          <caption className="sr-only">
            {definition.label} ({definition.unit}), every report
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
          <tbody dangerouslySetInnerHTML={{ __html: formatRows(slug, series, notes) }} />
        </table>
      </div>
    </details>
  );
}
