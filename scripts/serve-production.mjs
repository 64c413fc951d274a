// `npm run start:production`: the shipped production setup. Builds when needed, runs
// `next start` on an internal port and nginx (with a response cache) in front on PORT.
// Needs nginx (Debian: apt-get install nginx). Stop with Ctrl+C.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
const upstreamPort = Number(process.env.UPSTREAM_PORT || port + 1);
const host = process.env.HOST || "0.0.0.0";
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
if (!nginx) {
  console.error("nginx is not installed: apt-get install nginx (or run `npm start` for next start alone).");
  process.exit(1);
}
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  const status = spawnSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" }).status;
  if (status !== 0) process.exit(status ?? 1);
}

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-nginx-"));
// As root, nginx's workers drop to an unprivileged user, who must own the cache and temp folders.
let userLine = "";
if (process.getuid?.() === 0) {
  const user = ["www-data", "nobody"].find((name) => spawnSync("id", ["-u", name]).status === 0) ?? "nobody";
  const id = (flag) => Number(spawnSync("id", [flag, user], { encoding: "utf8" }).stdout.trim());
  userLine = `user ${user};`;
  fs.chmodSync(runDir, 0o755);
  for (const dir of ["cache", "client-body", "proxy-temp", "fastcgi-temp", "uwsgi-temp", "scgi-temp"]) {
    fs.mkdirSync(path.join(runDir, dir));
    fs.chownSync(path.join(runDir, dir), id("-u"), id("-g"));
  }
}
const config = fs
  .readFileSync(path.join(root, "deploy/nginx.conf.template"), "utf8")
  .replaceAll("{{USER_LINE}}", userLine)
  .replaceAll("{{RUN_DIR}}", runDir)
  .replaceAll("{{HOST}}", host)
  .replaceAll("{{PORT}}", String(port))
  .replaceAll("{{UPSTREAM_PORT}}", String(upstreamPort))
  .replaceAll("{{DIST_DIR}}", distDir);
fs.writeFileSync(path.join(runDir, "nginx.conf"), config);

const app = spawn("npx", ["next", "start", "-p", String(upstreamPort), "-H", "127.0.0.1"], { cwd: root, stdio: "inherit" });
const proxy = spawn(nginx, ["-c", path.join(runDir, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
console.log(`Daybook: nginx on http://${host === "0.0.0.0" ? "localhost" : host}:${port} → next start on 127.0.0.1:${upstreamPort}`);

const stop = () => {
  proxy.kill("SIGQUIT");
  app.kill("SIGTERM");
  fs.rmSync(runDir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    stop();
    process.exit(0);
  });
for (const child of [app, proxy])
  child.on("exit", (code) => {
    stop();
    process.exit(code ?? 1);
  });
