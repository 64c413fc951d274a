import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getSecurityHeaders } from "@/lib/security-headers.mjs";
import { findNginx, prepareRunDir, renderNginxConfig } from "../../../scripts/production/nginx-config.mjs";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-nginx-test-"));
afterAll(() => fs.rmSync(runDir, { recursive: true, force: true }));
const user = prepareRunDir(runDir);
const config = renderNginxConfig({ runDir, host: "127.0.0.1", port: 3990, upstreamPort: 3991, distDir: path.join(ROOT, ".next"), user });

/** The block of a `location` line, up to its closing brace (locations here do not nest). */
const block = (start: string) => {
  const from = config.indexOf(`${start} {`);
  expect(from, start).toBeGreaterThan(0);
  return config.slice(from, config.indexOf("\n    }", from));
};

describe("the production nginx configuration (deploy/nginx.conf.template)", () => {
  it("is accepted by nginx itself (nginx -t)", () => {
    const nginx = findNginx();
    expect(nginx, "nginx is needed: apt-get install nginx (.ci/run installs it)").toBeDefined();
    const file = path.join(runDir, "nginx.conf");
    fs.writeFileSync(file, config);
    const checked = spawnSync(nginx!, ["-t", "-q", "-c", file], { encoding: "utf8" });
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  });

  it("answers what it cannot get from the app with its 503 page, and rate limits with its 429 page, both with the security headers", () => {
    expect(config).toContain("error_page 502 503 504 =503 /_daybook/503.html;");
    expect(config).toContain("error_page 429 /_daybook/429.html;");
    for (const [page, retryAfter] of [
      ["503", "5"],
      ["429", "10"],
    ] as const) {
      const location = block(`location = /_daybook/${page}.html`);
      expect(location).toContain("internal;");
      expect(location).toContain(`alias ${runDir}/errors/${page}.html;`);
      expect(location).toContain(`add_header Retry-After "${retryAfter}" always;`);
      for (const { key, value } of getSecurityHeaders()) expect(location).toContain(`add_header ${key} "${value}" always;`);
      expect(fs.readFileSync(path.join(runDir, "errors", `${page}.html`), "utf8")).toMatch(/<html lang="en">[\s\S]*<h1>/);
    }
    // Static files nginx serves itself carry them too.
    expect(block("location /_next/static/")).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it("keeps serving its cache, stale if need be, when the app fails", () => {
    for (const location of [block("location /"), block("location = /search")]) {
      expect(location).toContain("proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;");
      expect(location).toContain("proxy_cache_background_update on;");
    }
  });

  it("limits search and the API per client address, and nothing else", () => {
    expect(config).toContain("limit_req_zone $binary_remote_addr zone=search:10m rate=1r/s;");
    expect(config).toContain("limit_req_zone $binary_remote_addr zone=api:10m rate=2r/s;");
    expect(config).toContain("limit_req_status 429;");
    expect(block("location = /search")).toContain("limit_req zone=search burst=10 nodelay;");
    expect(block("location /api/")).toContain("limit_req zone=api burst=20 nodelay;");
    expect(block("location /api/")).toContain("proxy_pass http://next_app;");
    expect(block("location /")).not.toContain("limit_req");
    expect(config.match(/limit_req zone=/g)).toHaveLength(2);
  });

  it("writes the configuration for the systemd units with --write-config", () => {
    const file = path.join(runDir, "written", "nginx.conf");
    const written = spawnSync(process.execPath, ["scripts/serve-production.mjs", "--write-config", file], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, RUN_DIR: path.join(runDir, "units"), PORT: "8080", UPSTREAM_PORT: "3001" },
    });
    expect(written.status, written.stderr).toBe(0);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("listen 0.0.0.0:8080 reuseport");
    expect(text).toContain("server 127.0.0.1:3001;");
    expect(text).toContain(`pid ${path.join(runDir, "units")}/nginx.pid;`);
    expect(fs.existsSync(path.join(runDir, "units", "errors", "503.html"))).toBe(true);
  });
});
