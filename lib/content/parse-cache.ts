import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { getConfig } from "@/lib/config";
import type { GitLog } from "./git-log";
import type { ParseCache } from "./read-folder";
import type { ReaderText } from "./reader-text";
import type { ParsedRevisionTexts, RevisionStatusCache } from "./revisions";

/**
 * Parsed files kept on disk between the processes of one production build and
 * its server. `next build` parses the content in one worker and renders pages in
 * another, and `next start` would parse it all again: at 5,000 days each parse
 * costs about 3 s, reading this file about 0.2 s. Entries are keyed by each file's
 * modification time and size (see `readContent`), so a changed file is parsed
 * again. The file sits at the top of the build folder, which `next build`
 * empties: a parse cache never outlives the code that wrote it.
 *
 * The content's history from git is shared the same way (see `SharedHistory`), so
 * that git is asked once per build, not once per process, and so are the texts of
 * past versions that reading parsed, one small file per day, for history pages.
 */
function getCachePath(name: string): string {
  return path.join(getConfig().distDir, name);
}

/** Only production builds and servers share the files; `next dev` and tests read afresh. */
function isEnabled(): boolean {
  return getConfig().production;
}

function readShared(name: string): unknown {
  if (!isEnabled()) return undefined;
  try {
    return v8.deserialize(fs.readFileSync(getCachePath(name)));
  } catch {
    return undefined; // none yet, or unreadable: read afresh
  }
}

/** Saves a value for the next process; a failure only costs that process a read. */
function writeShared(name: string, value: unknown): void {
  if (!isEnabled()) return;
  const file = getCachePath(name);
  const temporary = `${file}.${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, v8.serialize(value));
    fs.renameSync(temporary, file); // atomic: another process never reads half a file
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

/** The parse cache left by an earlier process of this build, or an empty one. */
export function readParseCache(): ParseCache {
  const value = readShared("daybook-parse-cache.bin");
  return value instanceof Map ? value : new Map();
}

/** Saves the parse cache for the next process. */
export function writeParseCache(cache: ParseCache): void {
  writeShared("daybook-parse-cache.bin", cache);
}

/** The content's git history as one process read it, for the next processes of the same build. */
export interface SharedHistory {
  dir: string;
  log: GitLog;
  statuses: RevisionStatusCache;
}

/** The history an earlier process of this build read from the same folder, if any (it may be older than HEAD now). */
export function readHistoryCache(dir: string): SharedHistory | undefined {
  const value = readShared("daybook-history-cache.bin");
  return isSharedHistory(value) && value.dir === dir ? value : undefined;
}

/** The shape writeHistoryCache writes (the file is this build's own, so its shape is all there is to check). */
function isSharedHistory(value: unknown): value is SharedHistory {
  if (typeof value !== "object" || value === null || !("dir" in value) || !("log" in value) || !("statuses" in value)) return false;
  const { dir, log, statuses } = value;
  if (typeof dir !== "string" || !(statuses instanceof Map) || typeof log !== "object" || log === null) return false;
  if (!("files" in log && log.files instanceof Map && "watch" in log && Array.isArray(log.watch))) return false;
  return "stamp" in log && typeof log.stamp === "string" && "head" in log && typeof log.head === "string";
}

/** Saves the history this process read for the next processes of the build. */
export function writeHistoryCache(history: SharedHistory): void {
  writeShared("daybook-history-cache.bin", history);
}

/** Where a day's past versions' texts are kept: named by a hash of its file's path. */
function getRevisionTextsName(file: string): string {
  return path.join("daybook-revision-texts", `${createHash("sha1").update(file).digest("hex")}.bin`);
}

/** The texts of a day's past versions that an earlier process of this build (or this server) parsed, by revision key. */
export function readRevisionTextsCache(file: string): Map<string, ReaderText> {
  const value = readShared(getRevisionTextsName(file));
  return value instanceof Map ? (value as Map<string, ReaderText>) : new Map();
}

/** Saves the texts a reading of git parsed, day by day, beside those already saved, for history pages in later processes. */
export function writeRevisionTextsCache(texts: ParsedRevisionTexts): void {
  if (!isEnabled()) return;
  for (const [file, parsed] of texts) writeShared(getRevisionTextsName(file), new Map([...readRevisionTextsCache(file), ...parsed]));
}
