import fs from "node:fs";
import path from "node:path";
import { RESERVED_SLUGS } from "@/lib/routes";
import { SLUG } from "./schema";

/** A conflict folder's name: lowercase letters, digits and single hyphens. */

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

/** True when the content folder holds at least one conflict folder: one listing, a stat per entry up to the first. */
export function hasConflictFolder(dir: string): boolean {
  const isConflictFolder = (name: string) => {
    try {
      return SLUG.test(name) && !RESERVED_SLUGS.has(name) && fs.lstatSync(path.join(dir, name)).isDirectory();
    } catch {
      return false; // removed since the listing
    }
  };
  return listFolder(dir).some(isConflictFolder);
}
