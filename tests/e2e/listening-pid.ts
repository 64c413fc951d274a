import fs from "node:fs";

/** The pid of the process listening on 127.0.0.1:`port` (found through /proc), or undefined when none is. */
export function findListeningPid(port: number): number | undefined {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const inodes = ["/proc/net/tcp", "/proc/net/tcp6"]
    .flatMap((table) => fs.readFileSync(table, "utf8").split("\n"))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(hexPort) && cols[3] === "0A")
    .map((cols) => `socket:[${cols[9]}]`);
  if (inodes.length === 0) return undefined;
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) if (inodes.includes(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
    } catch {
      // not ours to read, or gone
    }
  }
  return undefined;
}
