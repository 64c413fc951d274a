import { createHash } from "node:crypto";
import fs from "node:fs";
import { createIssue, type ContentIssue } from "./issues";

/** Largest content file accepted; a day's briefing is a few kilobytes. */
const MAX_FILE_BYTES = 1024 * 1024;

/** What a readable file holds: its text, and its git blob id (SHA-1), to recognise it in the content's history. */
interface FileText {
  text: string;
  blob: string;
}

/** The id git gives these bytes as a blob (in a SHA-1 repository, the default). */
function computeBlobId(bytes: Buffer): string {
  return createHash("sha1").update(`blob ${bytes.length}\u0000`).update(bytes).digest("hex");
}

/** Reads a file as strict UTF-8 text, or returns the reason it cannot be used. */
export function readText(file: string, stat?: fs.Stats): FileText | { issue: ContentIssue } {
  try {
    return readTextOrThrow(file, stat ?? fs.lstatSync(file));
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "an I/O error";
    return { issue: createIssue("unreadable", { file, line: 1, column: 1 }, "file", { reason }) };
  }
}

function readTextOrThrow(file: string, stat: fs.Stats): FileText | { issue: ContentIssue } {
  const top = { file, line: 1, column: 1 };
  if (stat.isSymbolicLink()) return { issue: createIssue("symlink", top, "file") };
  if (!stat.isFile()) return { issue: createIssue("not-a-file", top, "file") };
  if (stat.size > MAX_FILE_BYTES) return { issue: createIssue("file-too-large", top, "file", { size: stat.size, limit: MAX_FILE_BYTES }) };
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { issue: createIssue("not-utf8", top, "file") };
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const before = text.slice(0, nul).split(/\r\n?|\n/);
    return { issue: createIssue("nul-byte", { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }, "file") };
  }
  return { text, blob: computeBlobId(bytes) };
}

