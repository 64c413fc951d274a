import { SECTION_KEYS } from "@/lib/sections";
import { compareList, diffText } from "./list-diff";
import type { ReaderText } from "./reader-text";

/** A run of words: unchanged, or added or removed by a revision. */
export interface DiffPart {
  text: string;
  change?: "added" | "removed";
}

/** One changed thing: the headline, an item, a source…; "same" only in a first revision's full text. */
export interface DiffEntry {
  /** e.g. "Item 2"; empty for a field that is one thing (the summary). */
  label: string;
  change: "added" | "removed" | "changed" | "same";
  parts: DiffPart[];
}

/** The changes of one part of the page: the headline, the summary, the lede, a section, the sources… */
export interface DiffGroup {
  key: string;
  heading: string;
  entries: DiffEntry[];
}

function compareField(before: string | undefined, after: string | undefined): DiffEntry[] {
  if (before === after) return [];
  if (before === undefined) return [{ label: "", change: "added", parts: [{ text: after!, change: "added" }] }];
  if (after === undefined) return [{ label: "", change: "removed", parts: [{ text: before, change: "removed" }] }];
  return [{ label: "", change: "changed", parts: diffText(before, after) }];
}

/**
 * What a revision changed for readers, grouped by part of the page (headline,
 * summary, introduction, each section, sources, corrections, places, topics) and
 * within a section by item. Parts with no change are left out.
 */
export function computeRevisionDiff(before: ReaderText, after: ReaderText): DiffGroup[] {
  const groups: DiffGroup[] = [
    { key: "headline", heading: "Headline", entries: compareField(before.title, after.title) },
    { key: "summary", heading: "Summary", entries: compareField(before.summary, after.summary) },
    { key: "lede", heading: "Introduction", entries: compareField(before.lede, after.lede) },
  ];
  const keys = SECTION_KEYS.filter((key) => [...before.sections, ...after.sections].some((section) => section.key === key));
  for (const key of keys) {
    const old = before.sections.find((section) => section.key === key);
    const now = after.sections.find((section) => section.key === key);
    groups.push({ key, heading: (now ?? old)!.heading, entries: compareList(old?.items ?? [], now?.items ?? [], "Item") });
  }
  groups.push(
    { key: "sources", heading: "Sources", entries: compareList(before.sources, after.sources, "Source") },
    { key: "corrections", heading: "Corrections", entries: compareList(before.corrections, after.corrections, "Correction") },
    { key: "places", heading: "Places", entries: compareList(before.places, after.places, "Place") },
    { key: "topics", heading: "Topics", entries: compareList(before.topics, after.topics, "Topic") },
  );
  return groups.filter((group) => group.entries.length > 0);
}

/** A first revision's whole text, in the same groups, every entry unchanged. */
export function computePublishedText(text: ReaderText): DiffGroup[] {
  const one = (value: string | undefined): DiffEntry[] => (value === undefined ? [] : [{ label: "", change: "same", parts: [{ text: value }] }]);
  const list = (values: readonly string[], noun: string): DiffEntry[] =>
    values.map((value, i) => ({ label: `${noun} ${i + 1}`, change: "same", parts: [{ text: value }] }));
  const groups: DiffGroup[] = [
    { key: "headline", heading: "Headline", entries: one(text.title) },
    { key: "summary", heading: "Summary", entries: one(text.summary) },
    { key: "lede", heading: "Introduction", entries: one(text.lede) },
    ...text.sections.map((section) => ({ key: section.key, heading: section.heading, entries: list(section.items, "Item") })),
    { key: "sources", heading: "Sources", entries: list(text.sources, "Source") },
    { key: "corrections", heading: "Corrections", entries: list(text.corrections, "Correction") },
    { key: "places", heading: "Places", entries: list(text.places, "Place") },
    { key: "topics", heading: "Topics", entries: list(text.topics, "Topic") },
  ];
  return groups.filter((group) => group.entries.length > 0);
}
