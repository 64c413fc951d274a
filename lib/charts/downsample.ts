/**
 * The points of a long series worth drawing at a given width, for charts only
 * (tables and CSV files always carry every report). The x range is cut into
 * `buckets` equal columns (about two pixels each), and each column keeps its
 * first and last points (where the line enters and leaves it) and its lowest and
 * highest (its turning points and extremes), in their original order: the M4
 * aggregation, which draws the same picture as the full series at that width.
 * The series' first and last points, and its overall lowest and highest, are
 * always among them. Points must be sorted by x.
 */
export function downsampleForDrawing<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number, buckets: number): T[] {
  if (points.length <= 4 * buckets) return [...points];
  const first = x(points[0]!);
  const span = x(points.at(-1)!) - first || 1;
  const keep = new Set<number>();
  let start = 0;
  while (start < points.length) {
    const column = Math.min(buckets - 1, Math.floor(((x(points[start]!) - first) / span) * buckets));
    let end = start;
    let low = start;
    let high = start;
    while (end + 1 < points.length && Math.min(buckets - 1, Math.floor(((x(points[end + 1]!) - first) / span) * buckets)) === column) {
      end++;
      if (y(points[end]!) < y(points[low]!)) low = end;
      if (y(points[end]!) > y(points[high]!)) high = end;
    }
    keep.add(start).add(low).add(high).add(end);
    start = end + 1;
  }
  return [...keep].sort((a, b) => a - b).map((index) => points[index]!);
}
