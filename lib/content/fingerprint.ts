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

/**
 * The same fingerprint as computeFingerprint, read without blocking: the listing and the
 * stats run on libuv's threads, so a server's periodic check never holds up a page
 * (5,000 synchronous stats take about 40 ms of the main thread).
 */
export async function computeFingerprintAsync(dir: string): Promise<string> {
  const walk = async (folder: string, depth: number): Promise<string[]> => {
    let names: string[];
    try {
      names = await fs.promises.readdir(folder);
    } catch {
      return [];
    }
    const entries = await Promise.all(
      names.sort().map(async (name) => {
        const entry = path.join(folder, name);
        try {
          const stat = await fs.promises.lstat(entry);
          const own = `${entry}:${stat.size}:${stat.mtimeMs}`;
          return stat.isDirectory() && depth < 1 ? [own, ...(await walk(entry, depth + 1))] : [own];
        } catch {
          return []; // gone since the listing
        }
      }),
    );
    return entries.flat();
  };
  return (await walk(dir, 0)).join("\n");
}
