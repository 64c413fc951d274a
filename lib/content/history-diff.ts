import { diffArrays, diffWords } from "diff";
import { SECTION_KEYS } from "@/lib/sections";
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

/** A word-level diff of two texts: unchanged runs, removed and added words in order. */
function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    text: change.value,
    change: change.added ? "added" : change.removed ? "removed" : undefined,
  }));
}

function compareField(before: string | undefined, after: string | undefined): DiffEntry[] {
  if (before === after) return [];
  if (before === undefined) return [{ label: "", change: "added", parts: [{ text: after!, change: "added" }] }];
  if (after === undefined) return [{ label: "", change: "removed", parts: [{ text: before, change: "removed" }] }];
  return [{ label: "", change: "changed", parts: diffText(before, after) }];
}

/** The words of a text, lower-cased, for matching rewritten items. */
function getWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How alike two texts are, 0 to 1: the share of the shorter one's words found in
 * the other, so a source that gained a URL, or an item that gained a clause, is
 * still the same thing.
 */
function computeSimilarity(a: string, b: string): number {
  const words = new Set(getWords(a));
  const other = new Set(getWords(b));
  const shortest = Math.min(words.size, other.size);
  return shortest === 0 ? 0 : [...words].filter((word) => other.has(word)).length / shortest;
}

/** Items at least this alike count as one item rewritten rather than one removed and another added. */
const REWRITE_SIMILARITY = 0.5;

/**
 * Pairs removed items with added ones as rewrites: in order, each added item with
 * the most alike removed item after the last one paired, when alike enough.
 */
function pairRewrites(removed: readonly string[], added: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let from = 0;
  added.forEach((text, a) => {
    let best = -1;
    let bestScore = REWRITE_SIMILARITY;
    for (let r = from; r < removed.length; r++) {
      const score = computeSimilarity(removed[r]!, text);
      if (score >= bestScore && (best === -1 || score > bestScore)) [best, bestScore] = [r, score];
    }
    if (best !== -1) {
      pairs.push([best, a]);
      from = best + 1;
    }
  });
  return pairs;
}

/**
 * Compares two lists (a section's items, the sources…): items are matched as
 * wholes first, so one item added at the top does not make every item below it
 * look changed; then, where items were removed and others added in the same
 * place, each added item that is alike enough to a removed one is read as that
 * item rewritten and compared word by word. `noun` labels each entry with its
 * position ("Item 3": in the new list, or in the old one for a removed item).
 */
function compareList(before: readonly string[], after: readonly string[], noun: string): DiffEntry[] {
  const entries: DiffEntry[] = [];
  let oldAt = 0;
  let newAt = 0;
  let removed: string[] = [];
  const flush = (added: readonly string[]) => {
    const removedAt = oldAt - removed.length;
    let r = 0;
    let a = 0;
    const emitUntil = (rEnd: number, aEnd: number) => {
      for (; r < rEnd; r++) entries.push({ label: `${noun} ${removedAt + r + 1}`, change: "removed", parts: [{ text: removed[r]!, change: "removed" }] });
      for (; a < aEnd; a++) entries.push({ label: `${noun} ${newAt + a + 1}`, change: "added", parts: [{ text: added[a]!, change: "added" }] });
    };
    for (const [pr, pa] of pairRewrites(removed, added)) {
      emitUntil(pr, pa);
      entries.push({ label: `${noun} ${newAt + pa + 1}`, change: "changed", parts: diffText(removed[pr]!, added[pa]!) });
      r = pr + 1;
      a = pa + 1;
    }
    emitUntil(removed.length, added.length);
    newAt += added.length;
    removed = [];
  };
  for (const change of diffArrays([...before], [...after])) {
    if (change.removed) {
      removed = change.value;
      oldAt += change.value.length;
    } else if (change.added) {
      flush(change.value);
    } else {
      flush([]);
      oldAt += change.value.length;
      newAt += change.value.length;
    }
  }
  flush([]);
  return entries;
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
