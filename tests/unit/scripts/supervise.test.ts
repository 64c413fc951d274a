import { describe, expect, it } from "vitest";
import { supervise } from "../../../scripts/production/supervise.mjs";

/** A child that lives `ms` milliseconds, then exits with `code`. */
const child = (ms: number, code = 1) => ["-e", `setTimeout(() => process.exit(${code}), ${ms})`];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("supervise (the production runner's restarts)", () => {
  it("restarts a crashing child with growing waits and logs each exit and restart", async () => {
    const lines: string[] = [];
    const run = supervise({
      name: "app",
      command: process.execPath,
      args: child(20, 3),
      log: (l) => lines.push(l),
      delaysMs: [50, 100, 200],
    });
    const exits = () => lines.filter((l) => l.includes("exited"));
    for (let waited = 0; exits().length < 4 && waited < 10_000; waited += 50) await sleep(50);
    await run.stop();
    expect(exits()[0]).toMatch(/^Daybook: app exited with code 3 after [\d.]+ s; restart 1 in 50 ms$/);
    expect(exits()[1]).toMatch(/restart 2 in 100 ms$/);
    expect(exits()[2]).toMatch(/restart 3 in 200 ms$/);
    expect(exits()[3]).toMatch(/restart 4 in 200 ms$/); // the last wait repeats
    expect(lines.filter((l) => /^Daybook: app restarted \(pid \d+\)$/.test(l)).length).toBeGreaterThanOrEqual(3);
  });

  it("names the signal that killed the child, and starts the backoff again after a healthy run", async () => {
    const lines: string[] = [];
    const run = supervise({
      name: "app",
      command: process.execPath,
      args: child(60_000),
      log: (l) => lines.push(l),
      delaysMs: [30, 1_000],
      healthyAfterMs: 100,
    });
    await sleep(300);
    const first = run.pid!;
    process.kill(first, "SIGKILL");
    await sleep(400); // restarted after 30 ms, then healthy for 100 ms
    const second = run.pid!;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    process.kill(second, "SIGKILL");
    await sleep(200);
    await run.stop();
    expect(lines.filter((l) => l.includes("was killed by SIGKILL"))).toEqual([
      expect.stringMatching(/restart 1 in 30 ms$/),
      expect.stringMatching(/restart 2 in 30 ms$/), // not 1,000 ms: the run before was healthy
    ]);
  });

  it("stops the child and restarts nothing after stop()", async () => {
    const lines: string[] = [];
    const run = supervise({ name: "app", command: process.execPath, args: child(60_000), log: (l) => lines.push(l), delaysMs: [10] });
    await sleep(200);
    const pid = run.pid!;
    await run.stop("SIGTERM");
    await sleep(100);
    expect(() => process.kill(pid, 0)).toThrow();
    expect(run.pid).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it("hands an exit it must not retry to onFatal instead of restarting", async () => {
    const fatal: (number | null)[] = [];
    const lines: string[] = [];
    supervise({
      name: "app",
      command: process.execPath,
      args: child(10, 7),
      log: (l) => lines.push(l),
      isFatal: (code) => code === 7,
      onFatal: (code) => fatal.push(code),
    });
    await sleep(400);
    expect(fatal).toEqual([7]);
    expect(lines).toEqual([]);
  });
});
