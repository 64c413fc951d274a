import path from "node:path";
import { format } from "date-fns";
import { enrichBriefing } from "./enrich";
import { readGitBlobs } from "./git-blobs";
import { parseBriefing } from "./parse-briefing";
import { computeReaderText, type ReaderText } from "./reader-text";
import type { DayHistory, Revision } from "./revisions";

/** Revisions' texts kept in this process: about 5 KB each. */
const CACHE_SIZE = 2_000;

/**
 * Past versions' reader-visible texts, by blob, file name and conflict start (what
 * a parse depends on). A blob never changes, so a history page regenerated after
 * a new commit reads and parses only the new version. Null: not a valid day.
 */
const cache = new Map<string, ReaderText | null>();

function remember(key: string, text: ReaderText | null): void {
  cache.delete(key);
  cache.set(key, text);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/**
 * What readers saw at each revision: the versions not read before come from one
 * `git cat-file --batch`, each parsed by the content pipeline and enriched as the
 * day page would be. A revision whose version cannot be read now (git failed) is
 * absent; one that no longer parses (a later change of the rules) is undefined.
 */
export function readRevisionTexts(dir: string, history: DayHistory, revisions: readonly Revision[]): Map<string, ReaderText | undefined> {
  const fileName = path.basename(history.file);
  const keyOf = (blob: string) => `${blob}\u0000${fileName}\u0000${history.conflict.start}`;
  const missing = revisions.filter((revision) => !cache.has(keyOf(revision.blob)));
  const read = missing.length > 0 ? readGitBlobs(dir, missing.map((revision) => revision.blob)) : new Map<string, string | undefined>();
  const today = format(new Date(), "yyyy-MM-dd");
  for (const [blob, text] of read) {
    const parsed = text === undefined ? undefined : parseBriefing(history.file, fileName, text, history.conflict, { today }).day;
    remember(keyOf(blob), parsed ? computeReaderText(enrichBriefing(parsed, history.conflict)) : null);
  }
  const texts = new Map<string, ReaderText | undefined>();
  for (const { blob } of revisions) {
    const known = cache.get(keyOf(blob));
    if (known !== undefined) texts.set(blob, known ?? undefined);
  }
  return texts;
}
