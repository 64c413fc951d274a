import fs from "node:fs";
import path from "node:path";

/**
 * Every file's path, size and modification time, two levels deep: changes
 * whenever an editor's commit lands, and costs one listing and one stat per file.
 */
export function computeFingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string, depth: number) => {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const entry = path.join(folder, name);
      try {
        const stat = fs.lstatSync(entry);
        parts.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
        if (stat.isDirectory() && depth < 1) walk(entry, depth + 1);
      } catch {
        // Gone since the listing: the next check sees the final state.
      }
    }
  };
  walk(dir, 0);
  return parts.join("\n");
}
