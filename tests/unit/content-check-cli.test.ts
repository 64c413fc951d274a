import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");

function run(args: string[], extraEnv: Record<string, string>) {
  const env = { ...process.env, ...extraEnv };
  const result = spawnSync(args[0]!, args.slice(1), { cwd: ROOT, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runCheck(contentDir?: string) {
  return run(["npm", "run", "-s", "content:check"], { CONTENT_DIR: contentDir ?? "" });
}

const BROKEN_LINES = [
  'tests/fixtures/broken-content/Bad_Slug:1:1: folder name: "Bad_Slug" is not a valid conflict slug.',
  "tests/fixtures/broken-content/war-a/2024-01-02.md:2:1: sumary: unknown key \"sumary\".",
  'tests/fixtures/broken-content/war-a/2024-02-30.md:1:1: file name: "2024-02-30.md" is not a real calendar date.',
];

describe("npm run content:check", () => {
  it("passes the shipped content with a one-line summary", () => {
    const { status, stdout } = runCheck();
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+ briefings in 1 conflict OK(, \d+ warnings?)?$/);
  });

  it("honours CONTENT_DIR and counts drafts", () => {
    const { status, stdout } = runCheck(path.join(FIXTURES, "content-multi"));
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^7 briefings in 2 conflicts OK \(1 draft\)(, \d+ warnings)?$/);
  });

  it("prints every problem as path:line:column: field: message and exits 1", () => {
    const { status, stderr } = runCheck("tests/fixtures/broken-content");
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines.filter((line) => /^tests\/fixtures\/broken-content\/[^:]+:\d+:\d+: [^:]+: .+\. Fix: .+/.test(line))).toHaveLength(8);
    expect(lines.at(-1)).toMatch(/^8 problems found in /);
  });

  it("npm run build stops on invalid content with the same messages", () => {
    const { status, stderr } = run(["npm", "run", "-s", "build"], { CONTENT_DIR: "tests/fixtures/broken-content", NEXT_DIST_DIR: ".next-test-broken" });
    expect(status).toBe(1);
    for (const line of BROKEN_LINES) expect(stderr).toContain(line);
  });

  it("next build alone also fails on invalid content, printing the same messages", () => {
    const { status, stdout, stderr } = run(["npx", "next", "build"], { CONTENT_DIR: "tests/fixtures/broken-content", NEXT_DIST_DIR: ".next-test-broken" });
    expect(status).not.toBe(0);
    for (const line of BROKEN_LINES) expect(stdout + stderr).toContain(line);
  }, 120_000);
});
