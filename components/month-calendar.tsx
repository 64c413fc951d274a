import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import type { CalendarDay } from "@/lib/content";
import { formatDayPath } from "@/lib/routes";

const WEEKDAYS = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
];

function DayCell({ slug, day }: { slug: string; day: CalendarDay }) {
  if (!day.briefing) {
    return (
      <span
        id={`d-${day.date}`}
        data-date={day.date}
        className="block rounded-md p-1 text-neutral-600 target:outline target:outline-2 target:outline-amber-600 sm:p-2 dark:text-neutral-400"
      >
        <time dateTime={day.date}>{day.dayOfMonth}</time>
        <span className="hidden text-xs [:target>&]:block">No briefing</span>
      </span>
    );
  }
  return (
    <Link
      href={formatDayPath(slug, day.date)}
      data-date={day.date}
      aria-label={`Day ${day.briefing.day}, ${formatLongDate(day.date)}`}
      className="block h-full rounded-md bg-amber-100 p-1 font-semibold hover:bg-amber-200 sm:p-2 dark:bg-amber-900 dark:hover:bg-amber-800"
    >
      <time dateTime={day.date}>{day.dayOfMonth}</time>
      <span className="block text-xs font-normal">Day {day.briefing.day}</span>
    </Link>
  );
}

/** A month as a calendar grid: days with a briefing link to it and show their day number. */
export function MonthCalendar({ slug, label, weeks }: { slug: string; label: string; weeks: (CalendarDay | null)[][] }) {
  return (
    <table className="mt-4 w-full table-fixed border-separate border-spacing-0.5 text-center text-sm sm:border-spacing-1">
      <caption className="sr-only">{label}: days with a briefing are links</caption>
      <thead>
        <tr>
          {WEEKDAYS.map(([short, long]) => (
            <th key={short} scope="col" className="pb-1 text-xs font-medium text-neutral-600 dark:text-neutral-400">
              <abbr title={long} className="no-underline">
                {short}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, index) => (
          <tr key={index}>
            {week.map((day, column) => (
              <td key={column} className="align-top">
                {day ? <DayCell slug={slug} day={day} /> : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
