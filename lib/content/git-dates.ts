import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Time of the last commit that touched each file under `dir`, from one `git log`
 * call. Empty when git or the repository is missing (e.g. a deployed copy), so
 * callers fall back to other dates.
 */
export function getLastCommitTimes(dir: string): Map<string, string> {
  const times = new Map<string, string>();
  try {
    const run = (args: string[]) =>
      execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 15_000, maxBuffer: 64 * 1024 * 1024 });
    const top = run(["rev-parse", "--show-toplevel"]).trim();
    const log = run(["log", "--format=format:%x01%cI", "--name-only", "--no-renames", "--", "."]);
    let current: string | undefined;
    for (const line of log.split("\n")) {
      if (line.startsWith("\u0001")) current = new Date(line.slice(1)).toISOString();
      else if (line && current) {
        const file = path.join(top, line);
        if (!times.has(file)) times.set(file, current); // newest commit comes first
      }
    }
  } catch {
    // Not a git checkout, or git is not installed.
  }
  return times;
}
