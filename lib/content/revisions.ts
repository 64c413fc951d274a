import path from "node:path";
import { format } from "date-fns";
import { readGitBlobs } from "./git-blobs";
import type { GitLog } from "./git-log";
import { enrichBriefing } from "./enrich";
import { parseBriefing } from "./parse-briefing";
import type { DayFile } from "./read-folder";
import { computeReaderText, type ReaderText } from "./reader-text";
import type { Conflict } from "./schema";

/** One published revision of a day's file: a commit that readers saw. */
export interface Revision {
  commit: string;
  /** Commit time, ISO 8601 UTC. */
  time: string;
  /** The commit's subject: text written by whoever can commit, never HTML. */
  subject: string;
  /** The file's blob at that commit, read again for the history page. */
  blob: string;
}

/** A tracked day's file and its published revisions, newest first (at least one). */
export interface DayHistory {
  file: string;
  conflict: Conflict;
  revisions: readonly Revision[];
  /** The file as it is now, already parsed: its history page needs neither git nor a parse for it. */
  current?: DayFile;
}

/**
 * What readers saw of past versions that a reading of git parsed, by day file and
 * then by revision key (see formatRevisionKey): the history pages' texts, kept so
 * that a history page parses none of them again.
 */
export type ParsedRevisionTexts = Map<string, Map<string, ReaderText>>;

/**
 * Whether a past version of a file was a published day, by blob, date and
 * conflict start (what validity depends on). Blobs never change, so the answers
 * are kept across refreshes and each past version is parsed once per process.
 */
export type RevisionStatusCache = Map<string, boolean>;

/** The key of a day in the store's maps of histories. */
export function formatDayKey(slug: string, date: string): string {
  return `${slug}/${date}`;
}

/** The key of a past version: its blob, file name and conflict start (what its parse depends on). */
export function formatRevisionKey(blob: string, fileName: string, start: string): string {
  return `${blob}\u0000${fileName}\u0000${start}`;
}

const statusKey = (blob: string, fileName: string, conflict: Conflict) => formatRevisionKey(blob, fileName, conflict.start);

/**
 * Which commits of each day's file count as published revisions. Only commits
 * of the file under its own date name count: the log lists every commit by path,
 * so a commit that renamed it to its date (e.g. from draft-pokrovsk.md) is its
 * first, and nothing before the rename is shown. A revision counts when the file
 * was a valid, non-draft day at that commit: revisions made while it was a draft
 * are left out, and so is a revision that was invalid at that commit (a server
 * would never have published it; it kept the last good version instead), and a
 * deletion. The current version is recognised by its blob id; earlier versions
 * are read with one `git cat-file --batch` for all files and parsed by the same
 * pipeline as the content itself; what readers saw of each published one is
 * added to `texts`, when given, for the history pages.
 */
export function computeHistories(
  dir: string,
  log: GitLog,
  days: readonly { conflict: Conflict; day: DayFile }[],
  statuses: RevisionStatusCache,
  texts?: ParsedRevisionTexts,
): Map<string, DayHistory> {
  const tracked = days.flatMap(({ conflict, day }) => {
    const commits = log.files.get(day.file);
    return commits ? [{ conflict, day, commits, fileName: path.basename(day.file) }] : [];
  });
  const unknown = new Map<string, { blob: string; conflict: Conflict; file: string; fileName: string }>();
  for (const { conflict, day, commits, fileName } of tracked) {
    for (const { blob } of commits) {
      const key = blob && statusKey(blob, fileName, conflict);
      if (blob && key && blob !== day.blob && !statuses.has(key)) unknown.set(key, { blob, conflict, file: day.file, fileName });
    }
  }
  if (unknown.size > 0) {
    const today = format(new Date(), "yyyy-MM-dd");
    const blobs = readGitBlobs(dir, [...unknown.values()].map((entry) => entry.blob));
    for (const [key, { blob, conflict, file, fileName }] of unknown) {
      if (!blobs.has(blob)) continue; // git failed: not counted now, asked again at the next refresh
      const text = blobs.get(blob);
      const parsed = text === undefined ? undefined : parseBriefing(file, fileName, text, conflict, { today }).day;
      const published = parsed !== undefined && !parsed.front.draft;
      statuses.set(key, published);
      if (published && texts) {
        const ofFile = texts.get(file) ?? new Map<string, ReaderText>();
        texts.set(file, ofFile.set(key, computeReaderText(enrichBriefing(parsed, conflict))));
      }
    }
  }
  const histories = new Map<string, DayHistory>();
  for (const { conflict, day, commits, fileName } of tracked) {
    const isPublished = (blob: string) => (blob === day.blob ? !day.parsed.front.draft : statuses.get(statusKey(blob, fileName, conflict)) === true);
    const revisions = commits.flatMap(({ commit, time, subject, blob }) => (blob && isPublished(blob) ? [{ commit, time, subject, blob }] : []));
    if (revisions.length > 0) histories.set(day.file, { file: day.file, conflict, revisions, current: day });
  }
  return histories;
}
