import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { findNginx } from "../../scripts/bench/serve";

/** `npm run start:production` on copies of the shipped build and content, on 127.0.0.1 only. */
export interface ProductionSetup {
  origin: string;
  /** The copy of the content it serves, which a test may change. */
  contentDir: string;
  /** The runner (scripts/serve-production.mjs), leader of its own process group. */
  runner: ChildProcess;
  /** Everything the runner and its children have printed so far. */
  output: () => string;
  /** Ends whatever is left of the group. */
  kill: () => void;
}

/**
 * Starts the production setup (nginx on `port` in front of `next start` on `upstreamPort`) on
 * copies under .test-results/<name>, so that nothing it writes touches what other tests use,
 * and waits until it answers.
 */
export async function startProductionCopy(name: string, port: number, upstreamPort: number): Promise<ProductionSetup> {
  expect(findNginx(), "nginx is needed: apt-get install nginx (.ci/run installs it)").toBeDefined();
  const work = path.resolve(".test-results", name);
  const contentDir = path.join(work, "content");
  const origin = `http://127.0.0.1:${port}`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync("content", contentDir, { recursive: true });
  fs.cpSync(".next", path.join(work, "next"), { recursive: true });
  const runner = spawn(process.execPath, ["scripts/serve-production.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      UPSTREAM_PORT: String(upstreamPort),
      HOST: "127.0.0.1",
      // Relative: Next.js looks for the build under the project folder.
      NEXT_DIST_DIR: path.join(".test-results", name, "next"),
      CONTENT_DIR: contentDir,
      SITE_URL: origin,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that kill() can end whatever is left
  });
  let output = "";
  runner.stdout?.on("data", (chunk) => (output += chunk));
  runner.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await fetch(`${origin}/robots.txt`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline || runner.exitCode !== null) throw new Error(`the production setup did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    contentDir,
    runner,
    output: () => output,
    kill: () => {
      if (runner.pid && runner.exitCode === null) process.kill(-runner.pid, "SIGKILL");
    },
  };
}
