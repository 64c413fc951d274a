import type { SpawnOptions } from "node:child_process";

export interface SuperviseOptions {
  name: string;
  command: string;
  args: string[];
  options?: SpawnOptions;
  log?: (line: string) => void;
  /** Waits before the 1st, 2nd, … restart in a row (the last repeats). */
  delaysMs?: number[];
  /** A run this long resets the backoff to its first wait. */
  healthyAfterMs?: number;
  isFatal?: (code: number | null, signal: string | null) => boolean;
  onFatal?: (code: number | null, signal: string | null) => void;
}

export interface Supervised {
  readonly pid: number | undefined;
  readonly restarts: number;
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

/** Starts `command` and keeps it running until `stop()`, restarting it with backoff. */
export function supervise(settings: SuperviseOptions): Supervised;
