// `npm run start:production`: the shipped production setup. Builds when needed, runs
// the app server (scripts/app-server.mjs) on an internal port and nginx (response cache, rate limits, error pages) in
// front on PORT, and keeps both running: a crashed process is restarted with backoff and
// each restart is logged, while nginx serves its cache and a 503 page meanwhile.
// Needs nginx (Debian: apt-get install nginx). Stop with Ctrl+C (or SIGTERM): both stop.
// `--write-config FILE` only writes the nginx configuration, for the systemd units in deploy/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findNginx, prepareRunDir, renderNginxConfig } from "./production/nginx-config.mjs";
import { supervise } from "./production/supervise.mjs";
import { withHeapCeiling } from "./server-memory.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
const upstreamPort = Number(process.env.UPSTREAM_PORT || port + 1);
const host = process.env.HOST || "0.0.0.0";
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
const log = (line) => console.error(line);

const writeAt = process.argv.indexOf("--write-config");
if (writeAt >= 0) {
  const file = path.resolve(process.argv[writeAt + 1] ?? "daybook-nginx.conf");
  const runDir = path.resolve(process.env.RUN_DIR || "/var/cache/daybook-nginx");
  const user = prepareRunDir(runDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderNginxConfig({ runDir, host, port, upstreamPort, distDir, user }));
  console.log(`Wrote ${file}: nginx on ${host}:${port} → the app server on 127.0.0.1:${upstreamPort}, cache and logs in ${runDir}`);
  process.exit(0);
}

const nginx = findNginx();
if (!nginx) {
  log("nginx is not installed: apt-get install nginx (or run `npm start` for the app server alone).");
  process.exit(1);
}
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  const status = spawnSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" }).status;
  if (status !== 0) process.exit(status ?? 1);
}

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-nginx-"));
const user = prepareRunDir(runDir);
const config = path.join(runDir, "nginx.conf");
fs.writeFileSync(config, renderNginxConfig({ runDir, host, port, upstreamPort, distDir, user }));
// A mistake in the configuration stops here, with nginx's message, not in a restart loop.
const checked = spawnSync(nginx, ["-t", "-q", "-c", config], { encoding: "utf8" });
if (checked.status !== 0) {
  log(`nginx rejects the configuration:\n${checked.stderr}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(1);
}

const startedAt = Date.now();
/** An exit right after the first start (a port in use, no build) is a setup problem: retrying cannot help. */
const failedToStart = (code, signal) => signal === null && Date.now() - startedAt < 3_000;
const app = supervise({
  name: "the app server",
  // node runs the app server directly (no npx in between): a crash is this child's exit, and its pid is the server's.
  command: process.execPath,
  args: [path.join(root, "scripts/app-server.mjs"), "-p", String(upstreamPort), "-H", "127.0.0.1"],
  // With the same heap ceiling as `npm start` (scripts/server-memory.mjs).
  options: { cwd: root, stdio: "inherit", env: { ...process.env, NODE_OPTIONS: withHeapCeiling(process.env.NODE_OPTIONS) } },
  log,
  isFatal: failedToStart,
  onFatal: () => stop(1, "the app server could not start (see above)"),
});
const proxy = supervise({
  name: "nginx",
  command: nginx,
  args: ["-c", config, "-g", "daemon off;"],
  options: { stdio: "inherit" },
  log,
  isFatal: failedToStart,
  onFatal: () => stop(1, "nginx could not start (see above)"),
});
log(`Daybook: nginx on http://${host === "0.0.0.0" ? "localhost" : host}:${port} → the app server on 127.0.0.1:${upstreamPort}`);

let stopping = false;
async function stop(code, reason) {
  if (stopping) return;
  stopping = true;
  if (reason) log(`Daybook: ${reason}; stopping.`);
  // nginx's SIGTERM is its fast shutdown; the app server closes its server on SIGTERM.
  await Promise.all([proxy.stop("SIGTERM"), app.stop("SIGTERM")]);
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
