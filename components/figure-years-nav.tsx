import { formatNumber } from "@/lib/format";
import type { FigureYear } from "@/lib/figure-years";
import { formatFigureYearPath } from "@/lib/routes";

/**
 * Links to every year of a figure's reports, each with its count, so that every
 * report is two clicks from the figures page; the year being shown is marked
 * as the current page.
 */
export function FigureYearsNav({
  slug,
  figureKey,
  label,
  years,
  current,
}: {
  slug: string;
  figureKey: string;
  label: string;
  years: readonly FigureYear[];
  current?: number;
}) {
  if (years.length === 0) return null;
  return (
    <nav aria-label={`${label}: every report, by year`} className="mt-3 text-sm print:hidden">
      <span className="mr-2">Every report, by year:</span>
      <ul className="inline-flex flex-wrap gap-x-3 gap-y-1">
        {years.map(({ year, count }) => (
          <li key={year}>
            <a
              href={formatFigureYearPath(slug, figureKey, year)}
              aria-current={year === current ? "page" : undefined}
              className="underline underline-offset-2 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {year}
            </a>{" "}
            <span className="text-neutral-600 dark:text-neutral-400">({formatNumber(count)})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
