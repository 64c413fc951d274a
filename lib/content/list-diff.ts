/** Word-level comparison of texts and of lists of texts (items, sources…), for history pages. */
import { diffArrays, diffWords } from "diff";
import type { DiffEntry, DiffPart } from "./history-diff";

/** A word-level diff of two texts: unchanged runs, removed and added words in order. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    text: change.value,
    change: change.added ? "added" : change.removed ? "removed" : undefined,
  }));
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
export function compareList(before: readonly string[], after: readonly string[], noun: string): DiffEntry[] {
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

