import Link from "next/link";
import type { ArchiveMonth } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { formatArchivePath } from "@/lib/routes";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Every month of a conflict, one row a year (newest first), each month a link to its page
 * (which lists its days with their headlines): any day in two clicks, in a few kilobytes.
 */
export function MonthLinks({ slug, months }: { slug: string; months: readonly ArchiveMonth[] }) {
  const years = [...new Set(months.map((m) => m.year))].reverse();
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {years.map((year) => (
        <div key={year} className="contents">
          <dt className="py-1 font-semibold">{year}</dt>
          <dd>
            <ul className="flex flex-wrap gap-1">
              {months
                .filter((m) => m.year === year)
                .map((month) => (
                  <li key={month.key}>
                    {month.count > 0 ? (
                      <Link
                        href={formatArchivePath(slug, month)}
                        title={`${month.label}: ${formatCount(month.count, "day")}`}
                        aria-label={`${month.label}, ${formatCount(month.count, "day")}`}
                        className="inline-block min-w-11 rounded border border-neutral-300 px-2 py-1 text-center hover:border-neutral-500 dark:border-neutral-700"
                      >
                        {SHORT_MONTHS[month.month - 1]}
                      </Link>
                    ) : (
                      <span
                        className="inline-block min-w-11 px-2 py-1 text-center text-neutral-500 dark:text-neutral-400"
                        title={`${month.label}: no briefings`}
                      >
                        <span aria-hidden="true">{SHORT_MONTHS[month.month - 1]}</span>
                        <span className="sr-only">{month.label}: no briefings</span>
                      </span>
                    )}
                  </li>
                ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
