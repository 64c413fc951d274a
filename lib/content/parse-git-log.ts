import path from "node:path";

/** One commit that changed one file, as `git log` reports it. */
export interface FileCommit {
  commit: string;
  /** Commit time, ISO 8601 UTC. */
  time: string;
  /** The commit's subject line, as text (never HTML): control characters become spaces. */
  subject: string;
  /** The file's blob after the commit; undefined when the commit deleted it. */
  blob?: string;
  /** The file's earlier name when the commit renamed it to this one. */
  renamedFrom?: string;
}

/** The longest subject kept; a subject is a line, not an essay. */
const MAX_SUBJECT = 300;

/**
 * A commit subject as pages and feeds show it (always as text): control
 * characters (not allowed in XML 1.0 either), a BOM and non-characters become
 * spaces, runs of spaces one, and it is cut at 300 characters.
 */
export function formatCommitSubject(raw: string): string {
  const text = raw
    .replace(/[\u0000-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(text).slice(0, MAX_SUBJECT).join("");
}

const COMMIT_MARK = "\u0001";
const ZERO_ID = /^0+$/;

/**
 * Parses `git log -z --raw --no-abbrev --format=%x01%H%x00%cI%x00%s` output. With
 * -z every field ends in a NUL: a commit's hash, time and subject, then its changed
 * files, each ":modes ids status" followed by one path (two for a rename or copy).
 * Reading field by field, never by searching for markers, keeps a subject or a file
 * name that contains the markers from breaking the parse.
 */
export function parseGitLog(output: string, dir: string): Map<string, FileCommit[]> {
  const files = new Map<string, FileCommit[]>();
  const fields = output.split("\u0000");
  let i = 0;
  while (i < fields.length) {
    const head = fields[i++]!.replace(/^\n/, "");
    if (!head.startsWith(COMMIT_MARK)) continue; // the empty field after the last commit
    const commit = head.slice(1);
    const instant = Date.parse(fields[i++] ?? "");
    const time = Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
    const subject = formatCommitSubject(fields[i++] ?? "");
    while (i < fields.length && fields[i]!.replace(/^\n/, "").startsWith(":")) {
      const [, , , newId = "", status = ""] = fields[i++]!.replace(/^\n/, "").slice(1).split(" ");
      const paths = status.startsWith("R") || status.startsWith("C") ? [fields[i++], fields[i++]] : [fields[i++]];
      const target = paths.at(-1);
      if (target === undefined) break;
      if (time === undefined) continue; // not git's output as asked for: skip rather than guess
      const entry: FileCommit = { commit, time, subject };
      if (!status.startsWith("D") && !ZERO_ID.test(newId)) entry.blob = newId;
      if (status.startsWith("R") && paths[0] !== undefined) entry.renamedFrom = paths[0];
      const file = path.join(dir, target);
      const list = files.get(file);
      if (list) list.push(entry);
      else files.set(file, [entry]);
    }
  }
  return files;
}
