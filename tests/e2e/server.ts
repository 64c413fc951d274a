import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A `next` server started by a test, with its output kept for assertions. */
export interface TestServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the production server (scripts/app-server.mjs, as `npm start` does) or `next dev` with the given environment and waits until it answers. */
export async function startServer(mode: "start" | "dev", port: number, env: Record<string, string>): Promise<TestServer> {
  const command = mode === "start" ? ["node", "scripts/app-server.mjs"] : ["npx", "next", "dev"];
  const child: ChildProcess = spawn(command[0]!, [...command.slice(1), "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(`${origin}/robots.txt`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
  };
}

/** Polls `check` every two seconds until it returns true or `timeoutMs` passes; returns the time taken. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, label = "condition"): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error(`${label}: not true within ${timeoutMs / 1000} s`);
}

/**
 * `next start` on a copy of the shipped build (so that nothing it writes, like its parse
 * cache, touches the build the other tests use), with the given environment.
 */
export async function startShippedCopy(name: string, port: number, env: Record<string, string> = {}): Promise<TestServer> {
  // Relative: Next.js looks for the build under the project folder.
  const dist = path.join(".test-results", name, "next");
  fs.rmSync(path.dirname(dist), { recursive: true, force: true });
  fs.cpSync(".next", dist, { recursive: true });
  return startServer("start", port, { NEXT_DIST_DIR: dist, SITE_URL: `http://127.0.0.1:${port}`, ...env });
}

/**
 * `next start` on copies of the fixture build and of its content (.test-results/e2e-content),
 * under .test-results/<name>, for tests that change, move or delete content files while the
 * server runs. The content copy is at `content` in the result.
 */
export async function startFixtureCopy(
  name: string,
  port: number,
  env: Record<string, string> = {},
): Promise<{ server: TestServer; content: string }> {
  const work = path.resolve(".test-results", name);
  const content = path.join(work, "content");
  // Relative: Next.js looks for the build under the project folder.
  const dist = path.join(".test-results", name, "next");
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(".test-results/e2e-content", content, { recursive: true });
  fs.cpSync(".next-e2e-multi", dist, { recursive: true });
  const server = await startServer("start", port, {
    CONTENT_DIR: content,
    NEXT_DIST_DIR: dist,
    SITE_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
  return { server, content };
}
