import fs from "node:fs";
import path from "node:path";
import { runGit } from "./git";
import { parseGitLog, type FileCommit } from "./parse-git-log";

export type { FileCommit } from "./parse-git-log";

/** The content folder's history: every commit of each file under it, newest first, by absolute path. */
export interface GitLog {
  files: Map<string, FileCommit[]>;
  /** Files whose modification time changes when commits arrive (HEAD, its reflog, the index). */
  watch: string[];
  /** The state of `watch` when the log was read. */
  stamp: string;
  /** The commit HEAD pointed at: a later reading asks git only for the commits since. */
  head: string;
}

/** Bounds of the one `git log` per content refresh: about 200 bytes per changed file per commit. */
const LOG_LIMITS = { maxBytes: 64 * 1024 * 1024, timeoutMs: 20_000 };

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The modification times of `files`, as one string that changes when any of them does. */
export function computeGitStamp(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const stat = fs.statSync(file);
        return `${file}:${stat.size}:${stat.mtimeMs}`;
      } catch {
        return `${file}:-`;
      }
    })
    .join("\n");
}

/** Runs a git command that reads history, within the log's bounds. */
function readLog(dir: string, range: string): Map<string, FileCommit[]> | undefined {
  const log = runGit(dir, ["log", "-z", "--raw", "--no-abbrev", "-M", "--relative", "--format=%x01%H%x00%cI%x00%s", range, "--", "."], LOG_LIMITS);
  return log.ok ? parseGitLog(log.stdout.toString("utf8"), dir) : undefined;
}

/** The commits since an earlier reading put before what it read, file by file (newest first). */
function mergeLogs(newer: Map<string, FileCommit[]>, older: Map<string, FileCommit[]>): Map<string, FileCommit[]> {
  const files = new Map(older);
  for (const [file, commits] of newer) files.set(file, [...commits, ...(older.get(file) ?? [])]);
  return files;
}

/**
 * The history of every file under `dir`, from one `git log` call (plus one to find
 * the repository and its HEAD): what `git log --follow` would give for each file,
 * for all files at once. Given an earlier reading, only the commits since are read
 * (`git log <then>..<now>`), unless history was rewritten; when HEAD has not moved,
 * no log is read at all. Undefined when `dir` is not in a git repository (or it
 * has no commit), git is missing, or the log is beyond its bounds: then no day has
 * a history, and nothing fails.
 */
export function readGitLog(dir: string, previous?: GitLog): GitLog | undefined {
  const found = runGit(dir, ["rev-parse", "--absolute-git-dir", "HEAD"], { maxBytes: 64 * 1024, timeoutMs: 5_000 });
  if (!found.ok) return undefined;
  const [gitDir = "", head = ""] = found.stdout.toString("utf8").trim().split("\n");
  if (!OBJECT_ID.test(head)) return undefined;
  const watch = ["HEAD", path.join("logs", "HEAD"), "index"].map((name) => path.join(gitDir, name));
  const stamp = computeGitStamp(watch);
  if (previous?.head === head) return { ...previous, watch, stamp };
  const since = previous && runGit(dir, ["merge-base", "--is-ancestor", previous.head, head], { maxBytes: 1024, timeoutMs: 5_000 }).ok;
  const files = since ? readLog(dir, `${previous.head}..${head}`) : readLog(dir, head);
  if (!files) return undefined;
  return { files: since ? mergeLogs(files, previous.files) : files, watch, stamp, head };
}
