// Works on anything with a report's date, so that lib/content can split its series with it too.
type Report = { date: string };

/** How many of a figure's newest reports its section of the figures page lists (the rest are on its year pages). */
export const LATEST_REPORTS = 10;

/** One year of a figure's reports: its year page lists them. */
export interface FigureYear {
  year: number;
  count: number;
}

/** The year a report belongs to: the year of the day that reported it (its "Reported on" date). */
export function getReportYear(point: Report): number {
  return Number(point.date.slice(0, 4));
}

/** The years that have reports of a figure, oldest first, with how many each has. */
export function computeFigureYears(points: readonly Report[]): FigureYear[] {
  const counts = new Map<number, number>();
  for (const point of points) {
    const year = getReportYear(point);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}

/** A figure's newest reports, newest first: the last `count` of a series kept oldest first. */
export function computeLatestReports<T extends Report>(points: readonly T[], count = LATEST_REPORTS): T[] {
  return points.slice(-count).reverse();
}

/** A year's reports grouped by the month of the day that reported them (`2024-01`), months in order, reports in the series' order. */
export function computeReportMonths<T extends Report>(points: readonly T[]): { month: string; points: T[] }[] {
  const months = new Map<string, T[]>();
  for (const point of points) {
    const month = point.date.slice(0, 7);
    const listed = months.get(month);
    if (listed) listed.push(point);
    else months.set(month, [point]);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, reports]) => ({ month, points: reports }));
}
