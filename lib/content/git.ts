import { execFileSync } from "node:child_process";
import { getGitEnvironment } from "@/lib/config";

/** How much output one git call may give, and how long it may take. */
export interface GitLimits {
  maxBytes: number;
  timeoutMs: number;
  /** A caller with another way to get what it asked leaves a bound that is hit unlogged. */
  quiet?: boolean;
}

/** What a git call gave: its output, or why there is none. */
export type GitResult = { ok: true; stdout: Buffer } | { ok: false; reason: "failed" | "too-large" | "timed-out" };

/**
 * Configuration that could change what git prints is pinned for every call: no
 * colours, no signatures in the log, no external diff or text conversion.
 */
const PINNED = ["-c", "color.ui=false", "-c", "log.showSignature=false", "-c", "diff.external=", "-c", "core.quotePath=false"];

/**
 * Runs git in `cwd`, without a shell (arguments are never parsed by one), with
 * bounded output and time. Never throws: a folder outside any repository, a
 * missing git, or any other failure gives `failed`; a bound that is hit gives
 * `too-large` or `timed-out` and is logged, since an operator should hear about it.
 */
export function runGit(cwd: string, args: readonly string[], limits: GitLimits, input?: string): GitResult {
  try {
    const stdout = execFileSync("git", [...PINNED, ...args], {
      cwd,
      input,
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "ignore"],
      maxBuffer: limits.maxBytes,
      timeout: limits.timeoutMs,
      killSignal: "SIGKILL",
      env: getGitEnvironment(),
      windowsHide: true,
    });
    return { ok: true, stdout };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    const signal = error instanceof Error && "signal" in error ? error.signal : undefined;
    if (code === "ENOBUFS") {
      if (!limits.quiet) console.error(`Daybook: git ${args[0]} gave more than ${limits.maxBytes} bytes in ${cwd}; history is left out`);
      return { ok: false, reason: "too-large" };
    }
    if (code === "ETIMEDOUT" || signal === "SIGKILL") {
      console.error(`Daybook: git ${args[0]} took more than ${limits.timeoutMs} ms in ${cwd}; history is left out`);
      return { ok: false, reason: "timed-out" };
    }
    return { ok: false, reason: "failed" };
  }
}
