import path from "node:path";
import { format } from "date-fns";
import { enrichBriefing } from "./enrich";
import { readGitBlobs } from "./git-blobs";
import { readRevisionTextsCache } from "./parse-cache";
import { parseBriefing } from "./parse-briefing";
import { computeReaderText, type ReaderText } from "./reader-text";
import { formatRevisionKey, type DayHistory, type ParsedRevisionTexts, type Revision } from "./revisions";

/** Revisions' texts kept in this process: about 5 KB each. */
const CACHE_SIZE = 2_000;

/**
 * Past versions' reader-visible texts, by blob, file name and conflict start (what
 * a parse depends on). A blob never changes, so a history page regenerated after
 * a new commit reads and parses only the new version. Null: not a valid day.
 * Kept on globalThis, as the store is: the store's reading of git (in whichever
 * route bundle refreshed it) fills it, and the history page's bundle reads it.
 */
const holder = globalThis as typeof globalThis & { __daybookRevisionTexts?: Map<string, ReaderText | null> };
const cache = (holder.__daybookRevisionTexts ??= new Map());

function remember(key: string, text: ReaderText | null): void {
  cache.delete(key);
  cache.set(key, text);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Keeps the texts a reading of git parsed (see computeHistories), so that history pages need not parse them again. */
export function keepRevisionTexts(texts: ParsedRevisionTexts): void {
  for (const parsed of texts.values()) for (const [key, text] of parsed) remember(key, text);
}

/**
 * What readers saw at each revision. The current version comes from the store's
 * own parse; a past version from this process's memory, else from the build
 * folder (parsed by the build's reading of git, see writeRevisionTextsCache),
 * else from one `git cat-file --batch` for all the versions still missing, each
 * parsed by the content pipeline and enriched as the day page would be. A
 * revision whose version cannot be read now (git failed) is absent; one that no
 * longer parses (a later change of the rules) is undefined.
 */
export function readRevisionTexts(dir: string, history: DayHistory, revisions: readonly Revision[]): Map<string, ReaderText | undefined> {
  const fileName = path.basename(history.file);
  const keyOf = (blob: string) => formatRevisionKey(blob, fileName, history.conflict.start);
  const { current } = history;
  if (current?.blob && !cache.has(keyOf(current.blob)) && revisions.some((revision) => revision.blob === current.blob)) {
    remember(keyOf(current.blob), computeReaderText(enrichBriefing(current.parsed, history.conflict)));
  }
  let missing = revisions.filter((revision) => !cache.has(keyOf(revision.blob)));
  if (missing.length > 0) {
    for (const [key, text] of readRevisionTextsCache(history.file)) if (!cache.has(key)) remember(key, text);
    missing = missing.filter((revision) => !cache.has(keyOf(revision.blob)));
  }
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
