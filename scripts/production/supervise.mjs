// Keeps a child process running: restarts it whenever it exits, waiting longer after each
// quick failure (backoff), and logs every exit and restart. scripts/serve-production.mjs
// runs the app server and nginx under it; on servers, systemd's Restart=always does the same.
import { spawn } from "node:child_process";

/**
 * @typedef {object} SuperviseOptions
 * @property {string} name shown in the log, e.g. "the app server"
 * @property {string} command
 * @property {string[]} args
 * @property {import("node:child_process").SpawnOptions} [options]
 * @property {(line: string) => void} [log]
 * @property {number[]} [delaysMs] waits before the 1st, 2nd, … restart in a row (the last repeats)
 * @property {number} [healthyAfterMs] a run this long resets the backoff to its first wait
 * @property {(code: number | null, signal: string | null) => boolean} [isFatal] exits that must not be retried
 * @property {(code: number | null, signal: string | null) => void} [onFatal]
 */

/** Starts `command` and keeps it running until `stop()`. */
export function supervise(/** @type {SuperviseOptions} */ settings) {
  const { name, command, args, options = {}, log = console.error, healthyAfterMs = 30_000 } = settings;
  const delays = settings.delaysMs ?? [100, 500, 1_000, 2_000, 4_000, 8_000];
  /** @type {import("node:child_process").ChildProcess | undefined} */
  let child;
  let stopping = false;
  let failuresInARow = 0;
  let restarts = 0;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;

  const start = () => {
    const startedAt = Date.now();
    const current = spawn(command, args, options);
    child = current;
    if (restarts > 0 && current.pid) log(`Daybook: ${name} restarted (pid ${current.pid})`);
    current.on("error", (error) => {
      log(`Daybook: ${name} could not start: ${error.message}`);
      if (current.pid === undefined && !stopping) settings.onFatal?.(null, null); // not started: no exit event follows
    });
    current.on("exit", (code, signal) => {
      if (stopping) return;
      if (settings.isFatal?.(code, signal)) return settings.onFatal?.(code, signal);
      const ranMs = Date.now() - startedAt;
      failuresInARow = ranMs >= healthyAfterMs ? 1 : failuresInARow + 1;
      const delay = delays[Math.min(failuresInARow, delays.length) - 1] ?? 1_000;
      restarts++;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      log(`Daybook: ${name} ${how} after ${(ranMs / 1000).toFixed(1)} s; restart ${restarts} in ${delay} ms`);
      timer = setTimeout(start, delay);
    });
  };
  start();

  return {
    /** The running child's process id (undefined between a crash and its restart). */
    get pid() {
      return child?.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    get restarts() {
      return restarts;
    },
    /** Stops the child (and any restart to come): `signal`, then SIGKILL after `graceMs`. */
    stop(signal = "SIGTERM", graceMs = 5_000) {
      stopping = true;
      clearTimeout(timer);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const kill = setTimeout(() => current.kill("SIGKILL"), graceMs);
        current.once("exit", () => {
          clearTimeout(kill);
          resolve(undefined);
        });
        current.kill(signal);
      });
    },
  };
}
