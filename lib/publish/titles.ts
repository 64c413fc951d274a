import { formatLongDate } from "@/lib/dates";
import type { Briefing, Conflict } from "@/lib/content";
import { SITE_NAME } from "@/lib/site";

/** A briefing named out of context (feeds, news sitemap): conflict, day, then headline or date. */
export function formatBriefingTitle(conflict: Conflict, briefing: Briefing): string {
  return `${conflict.name}, day ${briefing.day}: ${briefing.title ?? formatLongDate(briefing.date)}`;
}

/** The day page's `<title>`: conflict, "Day N", date and headline. */
export function formatDayPageTitle(conflict: Conflict, briefing: Briefing): string {
  const headline = briefing.title ? `: ${briefing.title}` : "";
  return `${conflict.name}, Day ${briefing.day} — ${formatLongDate(briefing.date)}${headline} · ${SITE_NAME}`;
}

/** The headline of a day's NewsArticle: the title, else conflict and day. */
export function formatHeadline(conflict: Conflict, briefing: Briefing): string {
  return briefing.title ?? `${conflict.name}, day ${briefing.day}`;
}
