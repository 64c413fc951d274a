import { computeDayNumber } from "@/lib/dates";
import { dedupeTags } from "@/lib/tags";
import type { Gazetteer } from "./gazetteer";
import type { ParsedDay } from "./parse-briefing";
import type { Briefing, Conflict } from "./schema";

/** A date or date-time as an instant; a bare date means its midnight UTC. */
function toInstant(dateOrTime: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(dateOrTime) ? `${dateOrTime}T00:00:00Z` : dateOrTime);
}

/**
 * The modification time, as ISO 8601 UTC: the latest of the given times, never
 * before publication.
 */
function computeModified(published: string, times: readonly string[]): string {
  if (times.length === 0) return published;
  return new Date(Math.max(toInstant(published), ...times.map(toInstant))).toISOString();
}

/**
 * Turns a parsed day into the briefing the app serves, the only place a
 * `Briefing` is built: its day number, its tags without repeats, its corrections
 * oldest first, and `modified`: the later of `updated` and the latest correction
 * when the editor gave either, else the file's last commit, else its date. A
 * place the gazetteer knows under another spelling (an alias) takes its name
 * there, so that every spelling leads to one place page and one marker.
 */
export function enrichBriefing(parsed: ParsedDay, conflict: Conflict, lastCommit?: string, gazetteer?: Gazetteer): Briefing {
  const { date, front } = parsed;
  const published = `${date}T00:00:00.000Z`;
  const corrections = [...(front.corrections ?? [])].sort((a, b) => toInstant(a.date) - toInstant(b.date));
  const explicit = [front.updated, ...corrections.map((c) => c.date)].filter((t) => t !== undefined);
  const times = explicit.length > 0 ? explicit : lastCommit ? [lastCommit] : [];
  return {
    conflict: conflict.slug,
    date,
    day: computeDayNumber(conflict.start, date),
    summary: front.summary,
    title: front.title,
    ledeHtml: parsed.ledeHtml,
    sections: parsed.sections,
    sources: front.sources ?? [],
    places: dedupeTags((front.places ?? []).map((name) => gazetteer?.find(name)?.name ?? name)),
    topics: dedupeTags(front.topics ?? []),
    updated: front.updated,
    published,
    modified: computeModified(published, times),
    corrections,
    draft: front.draft ?? false,
  };
}
