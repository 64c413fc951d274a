import fs from "node:fs";
import type { ContentIssue } from "./issues";

/** Largest content file accepted; a day's briefing is a few kilobytes. */
const MAX_FILE_BYTES = 1024 * 1024;

function issueAt(file: string, field: string, message: string, hint: string): ContentIssue {
  return { file, line: 1, column: 1, field, message, hint };
}

/** Reads a file as strict UTF-8 text, or returns the reason it cannot be used. */
export function readText(file: string, stat?: fs.Stats): { text: string } | { issue: ContentIssue } {
  try {
    return readTextOrThrow(file, stat ?? fs.lstatSync(file));
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "an I/O error";
    return { issue: issueAt(file, "file", `could not be read (${reason})`, "check that the file exists and is readable") };
  }
}

function readTextOrThrow(file: string, stat: fs.Stats): { text: string } | { issue: ContentIssue } {
  if (stat.isSymbolicLink()) return { issue: issueAt(file, "file", "symbolic links are not allowed in the content directory", "replace the link with the file itself") };
  if (!stat.isFile()) return { issue: issueAt(file, "file", "is not a regular file", "remove it from the content directory") };
  if (stat.size > MAX_FILE_BYTES) return { issue: issueAt(file, "file", `is ${stat.size} bytes; the limit is ${MAX_FILE_BYTES}`, "split or shorten the briefing") };
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { issue: issueAt(file, "file", "is not valid UTF-8 text", "save the file as UTF-8 in your editor") };
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const before = text.slice(0, nul).split(/\r\n?|\n/);
    return { issue: { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, field: "file", message: "contains a NUL byte", hint: "remove the invisible NUL character (re-save the file as plain UTF-8 text)" } };
  }
  return { text };
}

