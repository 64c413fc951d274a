import type { Briefing, Conflict } from "@/lib/content";
import { SECTION_KEYS } from "@/lib/sections";
import type { SearchSection } from "./search-types";

/** Section codes used in {@link SearchDocuments.docSection}. */
export const SEARCH_SECTIONS: readonly SearchSection[] = ["summary", ...SECTION_KEYS];

/**
 * Everything search needs from the content, as a few flat typed arrays: cheap to
 * send to the search worker (they are transferred, not copied) and compact to keep
 * there. The text is UTF-8, about half what the same text costs as a JS string.
 * A document is one section item, or a briefing's title and summary.
 */
export interface SearchDocuments {
  /** Conflicts by index. */
  conflicts: { slug: string; name: string }[];
  /** Each briefing's date, 10 characters each (YYYY-MM-DD), concatenated. */
  dates: string;
  /** Each briefing's day number. */
  days: Uint32Array;
  /** Each briefing's conflict (index into `conflicts`). */
  briefingConflict: Uint16Array;
  /** Each document's briefing. */
  docBriefing: Uint32Array;
  /** Each document's section (index into {@link SEARCH_SECTIONS}). */
  docSection: Uint8Array;
  /** Where each document's text ends in `text`, in bytes (it starts where the previous one ends). */
  textEnds: Uint32Array;
  /** Every document's plain text, concatenated, as UTF-8. */
  text: Uint8Array;
}

/** The documents of published briefings: each briefing's title and summary, then each item of its sections. */
export function computeSearchDocuments(conflicts: readonly Conflict[], briefings: readonly Briefing[]): SearchDocuments {
  const conflictIndex = new Map(conflicts.map((c, i) => [c.slug, i]));
  const docCount = briefings.reduce((n, b) => n + 1 + b.sections.reduce((m, s) => m + s.items.length, 0), 0);
  const days = new Uint32Array(briefings.length);
  const briefingConflict = new Uint16Array(briefings.length);
  const docBriefing = new Uint32Array(docCount);
  const docSection = new Uint8Array(docCount);
  const textEnds = new Uint32Array(docCount);
  const texts: string[] = [];
  const dates: string[] = [];
  let end = 0;
  const add = (briefing: number, section: SearchSection, text: string) => {
    const doc = texts.length;
    docBriefing[doc] = briefing;
    docSection[doc] = SEARCH_SECTIONS.indexOf(section);
    end += Buffer.byteLength(text);
    textEnds[doc] = end;
    texts.push(text);
  };
  for (const [i, b] of briefings.entries()) {
    dates.push(b.date);
    days[i] = b.day;
    briefingConflict[i] = conflictIndex.get(b.conflict) ?? 0;
    add(i, "summary", b.title ? `${b.title} — ${b.summary}` : b.summary);
    for (const section of b.sections) for (const item of section.items) add(i, section.key, item.text);
  }
  // Encoded one text at a time, never joined into one big string first.
  const text = new Uint8Array(end);
  const encoder = new TextEncoder();
  for (const [doc, part] of texts.entries()) encoder.encodeInto(part, text.subarray(doc === 0 ? 0 : textEnds[doc - 1]!));
  return {
    conflicts: conflicts.map(({ slug, name }) => ({ slug, name })),
    dates: dates.join(""),
    days,
    briefingConflict,
    docBriefing,
    docSection,
    textEnds,
    text,
  };
}

/** The typed arrays of a payload, to transfer rather than copy when posting it to the worker. */
export function getTransferList(documents: SearchDocuments): ArrayBuffer[] {
  const arrays = [
    documents.days,
    documents.briefingConflict,
    documents.docBriefing,
    documents.docSection,
    documents.textEnds,
    documents.text,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
