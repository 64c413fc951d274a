import fs from "node:fs";

/** True when `dir` exists and is a folder (false when it vanished, e.g. an unmounted volume). */
export function isFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** A folder's entries, sorted; none when it disappeared since it was found (e.g. during a `git pull`). */
export function listFolder(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}
