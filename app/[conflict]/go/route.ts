import { getDayLookup } from "@/lib/content";
import { isIsoDate } from "@/lib/dates";
import { notFoundResponse, redirectTo } from "@/lib/redirect";
import { formatArchivePath, formatDayPath } from "@/lib/routes";

/**
 * Target of the jump-to-date form (works without JavaScript): `?date=YYYY-MM-DD`
 * goes to that day, or to its month in the archive when it has no briefing, or to
 * the archive when the date is outside the war's briefings.
 */
export async function GET(request: Request, { params }: { params: Promise<{ conflict: string }> }) {
  const { conflict: slug } = await params;
  const lookup = getDayLookup(slug);
  if (!lookup) return notFoundResponse();
  const date = new URL(request.url).searchParams.get("date")?.trim() ?? "";
  const { conflict, latest } = lookup;
  if (!isIsoDate(date) || date < conflict.start || !latest || date > latest.date) return redirectTo(formatArchivePath(slug), 303);
  if (lookup.has(date)) return redirectTo(formatDayPath(slug, date), 303);
  // The month view highlights the day's empty cell (CSS :target), so readers see there is no briefing.
  const month = { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
  return redirectTo(`${formatArchivePath(slug, month)}#d-${date}`, 303);
}
