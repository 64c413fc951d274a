import { spawn } from "node:child_process";
import fs from "node:fs";

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
export function getTreeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion, sampling its process tree's memory; returns wall time and peak RSS. */
export async function measureCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ ms: number; peakBytes: number; status: number; output: string }> {
  const start = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let peakBytes = 0;
  const timer = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, getTreeRss(child.pid));
  }, 100);
  const status = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  clearInterval(timer);
  return { ms: performance.now() - start, peakBytes, status, output };
}
