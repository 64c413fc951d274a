import type { ParsedDay } from "./parse-briefing";

/** What scheduling reads of a parsed day: its front matter. */
type Scheduled = Pick<ParsedDay, "front">;

// Scheduled publishing: a day whose front matter has `publish_at` in the future is kept out of a
// production server's store like a draft, and the store is rebuilt when that moment comes
// (see getStore), so the day appears by itself, with no rebuild or restart.

/** The moment a day is published, in ms since the epoch, or undefined when it is not scheduled. */
export function getPublishTime(day: Scheduled): number | undefined {
  const at = day.front.publish_at;
  return at === undefined ? undefined : Date.parse(at);
}

/** Whether a production server shows the day at `now`: not a draft, and its publication time (if any) has come. */
export function isPublished(day: Scheduled, now: number): boolean {
  if (day.front.draft) return false;
  const at = getPublishTime(day);
  return at === undefined || at <= now;
}

/** The earliest publication time still to come among `days`, when the store must be built again. */
export function computeNextPublishTime(days: Iterable<Scheduled>, now: number): number | undefined {
  let next: number | undefined;
  for (const day of days) {
    const at = getPublishTime(day);
    if (at !== undefined && at > now && !day.front.draft && (next === undefined || at < next)) next = at;
  }
  return next;
}
