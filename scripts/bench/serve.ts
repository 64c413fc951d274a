import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { getTreeRss } from "./process-tree";

export interface LoadResult {
  requestsPerSecond: number;
  /** Requests answered in the run. */
  requests: number;
  p50: number;
  p99: number;
  /** The slowest answered request, ms. */
  max: number;
  /** Requests unanswered after the timeout. */
  timeouts: number;
  /** Connection errors other than timeouts. */
  connectionErrors: number;
  /** Every request that got no answer: timeouts and other connection errors. */
  errors: number;
  non2xx: number;
  /** Search pages that answered with a message (search busy…) instead of results. */
  refused: number;
  /** Answers other than 2xx, by status ("503: 120, 429: 7"), empty when there were none. */
  otherStatuses: string;
}

/** autocannon against one URL: `connections` clients for `seconds`; a request unanswered after `timeoutSeconds` (autocannon's default 10) times out. */
export async function runLoad(url: string, connections: number, seconds: number, timeoutSeconds?: number): Promise<LoadResult> {
  let refused = 0;
  const onResponse = (_status: number, body: string) => void (body.includes('data-testid="search-refused"') && refused++);
  // Bodies are read only for search pages (reading every page's body would slow the load generator).
  const requests = url.includes("/search?") ? [{ method: "GET" as const, onResponse }] : undefined;
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, requests, timeout: timeoutSeconds });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    timeouts: result.timeouts,
    // autocannon counts each timeout among its errors too (lib/run.js, onTimeout), so errors is already the total.
    connectionErrors: result.errors - result.timeouts,
    errors: result.errors,
    non2xx: result.non2xx,
    refused,
    otherStatuses: Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, { count }]) => `${status}: ${count}`)
      .join(", "),
  };
}

/** Starts a long-running process and waits until `probe` answers 200. */
export async function startAndWait(command: string, args: string[], env: Record<string, string>, probe: string): Promise<ChildProcess> {
  // Something already answering there (a server left over from another run) would be measured instead.
  // A server just stopped by the caller gets a few seconds to go.
  const answering = () =>
    fetch(probe).then(
      (response) => response.status,
      () => undefined,
    );
  for (let i = 0; i < 20 && (await answering()) !== undefined; i++) await new Promise((r) => setTimeout(r, 250));
  const squatter = await answering();
  if (squatter !== undefined)
    throw new Error(`${probe} already answers (${squatter}) before ${command} starts: stop whatever listens there`);
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(probe)).ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${command} did not start`);
}

export function stopProcess(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
}

export { getTreeRss };

/** nginx serving a folder of saved pages: the physical limit for the same bytes. */
export function writeStaticNginx(pagesDir: string, port: number): { config: string; runDir: string } {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-static-nginx-"));
  fs.chmodSync(runDir, 0o755);
  const user = process.getuid?.() === 0 ? "user root;" : "";
  const config = `${user}
worker_processes auto;
pid ${runDir}/nginx.pid;
error_log ${runDir}/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path ${runDir}/cb; proxy_temp_path ${runDir}/pt; fastcgi_temp_path ${runDir}/ft; uwsgi_temp_path ${runDir}/ut; scgi_temp_path ${runDir}/st;
  server {
    listen 127.0.0.1:${port} reuseport backlog=8192;
    root ${pagesDir};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`;
  fs.writeFileSync(path.join(runDir, "nginx.conf"), config);
  return { config: path.join(runDir, "nginx.conf"), runDir };
}

export function findNginx(): string | undefined {
  return (
    ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p)) ??
    (spawnSync("which", ["nginx"]).status === 0 ? "nginx" : undefined)
  );
}
