import { getDayLookup } from "@/lib/content";
import { notFoundResponse, redirectTo } from "@/lib/redirect";
import { formatDayPath, parsePositiveInteger } from "@/lib/routes";

/** `/<conflict>/day/683` → 308 to the day's dated page; a day without a briefing is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ conflict: string; number: string }> }) {
  const { conflict: slug, number } = await params;
  const day = parsePositiveInteger(number);
  const briefing = day === undefined ? undefined : getDayLookup(slug)?.byDay(day);
  return briefing ? redirectTo(formatDayPath(slug, briefing.date), 308) : notFoundResponse();
}
