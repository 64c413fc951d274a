import { formatLongDate, formatShortDate } from "@/lib/dates";

/** A calendar date in a `<time>` element: "Sunday, 7 January 2024". */
export function DateText({ date, short = false }: { date: string; short?: boolean }) {
  return <time dateTime={date}>{short ? formatShortDate(date) : formatLongDate(date)}</time>;
}
