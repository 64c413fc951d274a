import { formatDateTimeUtc, formatLongDate } from "@/lib/dates";
import type { SectionKey } from "@/lib/sections";
import type { Briefing } from "./schema";

/** What a reader sees of one revision of a day, as plain text: what its history page compares. */
export interface ReaderText {
  title?: string;
  summary: string;
  lede?: string;
  sections: { key: SectionKey; heading: string; items: string[] }[];
  /** "Name (https://…)", as the page links the name to the URL. */
  sources: string[];
  /** "Tuesday, 9 January 2024: what changed", oldest first, as the page's notice shows them. */
  corrections: string[];
  places: string[];
  topics: string[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * The text of the renderer's own safe HTML (the lede): tags dropped, entities
 * decoded. It only feeds the comparison, whose output React renders as text.
 */
function getTextOfHtml(html: string): string {
  return html
    .replace(/<\/(p|li|blockquote|pre|h\d)>|<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** A correction's date as the day page shows it: a long date, or a date-time in UTC. */
function formatCorrectionDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date) : formatDateTimeUtc(date);
}

/** The reader-visible text of a briefing: headline, summary, lede, every item by section, sources, corrections and tags. */
export function computeReaderText(briefing: Briefing): ReaderText {
  return {
    title: briefing.title,
    summary: briefing.summary,
    lede: briefing.ledeHtml ? getTextOfHtml(briefing.ledeHtml) || undefined : undefined,
    sections: briefing.sections.map((section) => ({ key: section.key, heading: section.heading, items: section.items.map((item) => item.text) })),
    sources: briefing.sources.map((source) => (source.url ? `${source.name} (${source.url})` : source.name)),
    corrections: briefing.corrections.map((correction) => `${formatCorrectionDate(correction.date)}: ${correction.text}`),
    places: briefing.places,
    topics: briefing.topics,
  };
}
