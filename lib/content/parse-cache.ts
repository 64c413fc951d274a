import "server-only";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { getConfig } from "@/lib/config";
import type { ParseCache } from "./read-folder";

/**
 * Parsed files kept on disk between the processes of one production build and
 * its server. `next build` parses the content in one worker and renders pages in
 * another, and `next start` would parse it all again: at 5,000 days each parse
 * costs about 3 s, reading this file about 0.2 s. Entries are keyed by each file's
 * modification time and size (see `readContent`), so a changed file is parsed
 * again. The file sits at the top of the build folder, which `next build`
 * empties: a parse cache never outlives the code that wrote it.
 */
function getParseCachePath(): string {
  return path.join(getConfig().distDir, "daybook-parse-cache.bin");
}

/** Only production builds and servers share the file; `next dev` and tests parse afresh. */
function isEnabled(): boolean {
  return getConfig().production;
}

/** The parse cache left by an earlier process of this build, or an empty one. */
export function readParseCache(): ParseCache {
  if (!isEnabled()) return new Map();
  try {
    const value: unknown = v8.deserialize(fs.readFileSync(getParseCachePath()));
    return value instanceof Map ? value : new Map();
  } catch {
    return new Map(); // none yet, or unreadable: parse afresh
  }
}

/** Saves the parse cache for the next process; a failure only costs that process a parse. */
export function writeParseCache(cache: ParseCache): void {
  if (!isEnabled()) return;
  const file = getParseCachePath();
  const temporary = `${file}.${process.pid}`;
  try {
    fs.writeFileSync(temporary, v8.serialize(cache));
    fs.renameSync(temporary, file); // atomic: another process never reads half a file
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
