// The production nginx configuration: deploy/nginx.conf.template with its {{…}} values filled
// in, and the folders nginx writes to. Used by scripts/serve-production.mjs (a temporary
// folder per run) and by its --write-config option (fixed paths, for the systemd units).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { getSecurityHeaders } from "../../lib/security-headers.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const WRITABLE = ["cache", "client-body", "proxy-temp", "fastcgi-temp", "uwsgi-temp", "scgi-temp"];

/** Debian's nginx, or whichever `nginx` is on the PATH; undefined when there is none. */
export function findNginx() {
  return (
    ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p)) ??
    (spawnSync("which", ["nginx"]).status === 0 ? "nginx" : undefined)
  );
}

/**
 * The security headers of every app response as nginx `add_header … always` lines, for the
 * responses nginx makes itself (error pages, static files). Quotes cannot occur in the values.
 */
export function formatSecurityHeaders(indent = "      ") {
  return getSecurityHeaders(false)
    .map(({ key, value }) => `${indent}add_header ${key} "${value.replaceAll('"', "'")}" always;`)
    .join("\n");
}

/**
 * Fills in the template.
 * @param {{ runDir: string, host: string, port: number, upstreamPort: number, distDir: string, user?: string }} options
 */
export function renderNginxConfig({ runDir, host, port, upstreamPort, distDir, user }) {
  const config = fs
    .readFileSync(path.join(root, "deploy/nginx.conf.template"), "utf8")
    .replaceAll("{{USER_LINE}}", user ? `user ${user};` : "")
    .replaceAll("{{RUN_DIR}}", runDir)
    .replaceAll("{{HOST}}", host)
    .replaceAll("{{PORT}}", String(port))
    .replaceAll("{{UPSTREAM_PORT}}", String(upstreamPort))
    .replaceAll("{{DIST_DIR}}", distDir)
    .replaceAll("{{ERRORS_DIR}}", path.join(runDir, "errors"))
    .replaceAll("{{SECURITY_HEADERS}}", formatSecurityHeaders());
  const left = config.match(/\{\{[A-Z_]+\}\}/);
  if (left) throw new Error(`deploy/nginx.conf.template: ${left[0]} is not filled in`);
  return config;
}

/**
 * Creates `runDir`, the folders nginx writes to, and a copy of the error pages (deploy/errors)
 * that nginx's workers can read wherever the project is. As root, the workers drop to an
 * unprivileged user, who must own the folders; that user is returned (undefined when not root).
 */
export function prepareRunDir(runDir) {
  fs.mkdirSync(runDir, { recursive: true });
  fs.cpSync(path.join(root, "deploy/errors"), path.join(runDir, "errors"), { recursive: true });
  if (process.getuid?.() !== 0) return undefined;
  const user = ["www-data", "nobody"].find((name) => spawnSync("id", ["-u", name]).status === 0) ?? "nobody";
  const id = (flag) => Number(spawnSync("id", [flag, user], { encoding: "utf8" }).stdout.trim());
  fs.chmodSync(runDir, 0o755);
  for (const dir of WRITABLE) {
    fs.mkdirSync(path.join(runDir, dir), { recursive: true });
    fs.chownSync(path.join(runDir, dir), id("-u"), id("-g"));
  }
  return user;
}
