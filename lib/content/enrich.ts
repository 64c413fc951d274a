import { computeDayNumber } from "@/lib/dates";
import { dedupeTags } from "@/lib/tags";
import { formatFigureAnchor } from "./citations";
import type { Gazetteer } from "./gazetteer";
import type { ParsedDay } from "./parse-briefing";
import type { Briefing, BriefingFigure, Conflict } from "./schema";

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
 * The day's figures ready to show: each with its declaration's label and unit,
 * its source as numbered on the page, and the corrections that name it. A
 * figure whose declaration or source is missing cannot pass the checks; it is
 * left out rather than shown half-made.
 */
function enrichFigures(parsed: ParsedDay, conflict: Conflict, corrections: readonly { date: string; text: string; figure?: string }[]): BriefingFigure[] {
  const declared = new Map((conflict.figures ?? []).map((figure) => [figure.key, figure]));
  return parsed.figures.flatMap((figure) => {
    const definition = declared.get(figure.key);
    const source = parsed.sources.find((s) => s.id === figure.source);
    if (!definition || !source) return [];
    return [
      {
        key: figure.key,
        label: definition.label,
        unit: definition.unit,
        cumulative: definition.cumulative,
        value: figure.value,
        asOf: figure.asOf,
        note: figure.note,
        anchor: formatFigureAnchor(figure.key),
        source: { id: figure.source, name: source.name, url: source.url, number: source.number, anchor: source.anchor },
        corrections: corrections.filter((c) => c.figure === figure.key).map(({ date, text }) => ({ date, text })),
      },
    ];
  });
}

/**
 * Turns a parsed day into the briefing the app serves, the only place a
 * `Briefing` is built: its day number, its tags without repeats, its corrections
 * oldest first, and `modified`. When git tracks the file, `modified` is the time
 * of its latest published revision (`revised`): the moment readers' text last
 * changed, which its history page shows, whatever `updated` or a correction's
 * date say. Without git (no repository, or a file not committed yet) it is the
 * later of `updated` and the latest correction, else the day's own date. Never
 * before the day itself. A place the gazetteer knows under another spelling (an
 * alias) takes its name there, so that every spelling leads to one place page and
 * one marker.
 */
export function enrichBriefing(parsed: ParsedDay, conflict: Conflict, revised?: string, gazetteer?: Gazetteer): Briefing {
  const { date, front } = parsed;
  const published = `${date}T00:00:00.000Z`;
  const sorted = [...(front.corrections ?? [])].sort((a, b) => toInstant(a.date) - toInstant(b.date));
  // Shown as date and text; a correction's `figure` marks that figure as corrected (enrichFigures).
  const corrections = sorted.map(({ date, text }) => ({ date, text }));
  const explicit = [front.updated, ...corrections.map((c) => c.date)].filter((t) => t !== undefined);
  const times = revised ? [revised] : explicit;
  return {
    conflict: conflict.slug,
    date,
    day: computeDayNumber(conflict.start, date),
    summary: front.summary,
    title: front.title,
    ledeHtml: parsed.ledeHtml,
    sections: parsed.sections,
    sources: parsed.sources,
    figures: enrichFigures(parsed, conflict, sorted),
    places: dedupeTags((front.places ?? []).map((name) => gazetteer?.find(name)?.name ?? name)),
    topics: dedupeTags(front.topics ?? []),
    updated: front.updated,
    published,
    modified: computeModified(published, times),
    corrections,
    draft: front.draft ?? false,
    publishAt: front.publish_at,
  };
}
