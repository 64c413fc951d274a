import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runCheck(contentDir?: string) {
  const env = { ...process.env, CONTENT_DIR: contentDir ?? "" };
  const result = spawnSync("npm", ["run", "-s", "content:check"], { cwd: ROOT, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run content:check", () => {
  it("passes the shipped content with a one-line summary", () => {
    const { status, stdout } = runCheck();
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+ briefings in 1 conflict OK$/);
  });

  it("honours CONTENT_DIR and counts drafts", () => {
    const { status, stdout } = runCheck(path.join(FIXTURES, "content-multi"));
    expect(status).toBe(0);
    expect(stdout.trim()).toBe("5 briefings in 2 conflicts OK (1 draft)");
  });

  it("prints every problem as path:line:column: field: message and exits 1", () => {
    const { status, stderr } = runCheck("tests/fixtures/broken-content");
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines.filter((line) => /^tests\/fixtures\/broken-content\/[^:]+:\d+:\d+: [^:]+: .+\. Fix: .+/.test(line))).toHaveLength(8);
    expect(lines.at(-1)).toMatch(/^8 problems found in /);
  });
});
