import { format, isValid } from "date-fns";

/** A calendar date as written in file names and front matter: YYYY-MM-DD. */
type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a YYYY-MM-DD string into a local-midnight Date, or undefined when it is
 * not a real calendar date (2024-02-30, 2023-02-29 and 2024-13-01 are rejected).
 */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // Date rolls 2024-02-30 over to 1 March; a round trip catches it.
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date;
}

/** True when the text is a real YYYY-MM-DD calendar date. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

function requireDate(text: IsoDate): Date {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}

/**
 * Day N of a conflict: day 1 is its start, and each calendar day adds one.
 * Both dates are local midnights and date-fns compares calendar days, so neither
 * the server's time zone nor a daylight-saving change can move the count.
 */
export function computeDayNumber(start: IsoDate, date: IsoDate): number {
  const from = requireDate(start);
  const to = requireDate(date);
  // Calendar days as UTC midnights: exact, and far cheaper than date-fns's local-time arithmetic
  // (a store computes it for every briefing on every refresh).
  return (
    (Date.UTC(to.getFullYear(), to.getMonth(), to.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86_400_000 +
    1
  );
}

/** "Sunday, 7 January 2024". */
export function formatLongDate(date: IsoDate): string {
  return format(requireDate(date), "EEEE, d MMMM yyyy");
}

/** "7 January 2024". */
export function formatShortDate(date: IsoDate): string {
  return format(requireDate(date), "d MMMM yyyy");
}

/** "January 2024" from a month "2024-01". */
export function formatMonthName(month: string): string {
  return format(requireDate(`${month}-01`), "MMMM yyyy");
}

const utcFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Formats an ISO 8601 date-time for readers in UTC: "7 January 2024, 18:30 UTC". */
export function formatDateTimeUtc(dateTime: string): string {
  const parts = Object.fromEntries(utcFormat.formatToParts(new Date(dateTime)).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} UTC`;
}

/** "7 Jan", for compact lists of days. */
export function formatDayMonth(date: IsoDate): string {
  const day = requireDate(date);
  // By hand: the conflict page lists every day, thousands of them, and date-fns's format costs ~20 µs each.
  return `${day.getDate()} ${SHORT_MONTHS[day.getMonth()]}`;
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2 January", or "2 January 2023" when the year is not `year`: a date near another one. */
export function formatNearbyDate(date: IsoDate, year: number): string {
  const parsed = requireDate(date);
  return format(parsed, parsed.getFullYear() === year ? "d MMMM" : "d MMMM yyyy");
}
