import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dir: string;

function npm(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const result = spawnSync("npm", ["run", "-s", ...args], { cwd, env: { ...process.env, CONTENT_DIR: dir, ...env }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-cli-"));
  fs.cpSync(path.join(ROOT, "content"), dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run content:new", () => {
  it("creates the day's file, prints its path and day number, and the new file is a draft to fill in", () => {
    const { status, stdout } = npm(["content:new", "--", "--date", "2024-01-08"]);
    expect(status).toBe(0);
    const file = path.join(dir, "russia-ukraine", "2024-01-08.md");
    expect(stdout).toContain(`Created ${file}: day 684 of the Russia–Ukraine war, Monday, 8 January 2024.`);
    expect(fs.readFileSync(file, "utf8")).toContain("draft: true");
    const check = npm(["content:check"]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("2024-01-08.md:9:10: summary: must not be empty");
  });

  it("defaults to today's date for the only conflict", () => {
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
    const { status } = npm(["content:new"]);
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(dir, "russia-ukraine", `${date}.md`))).toBe(true);
  });

  it("refuses to overwrite an existing file", () => {
    const file = path.join(dir, "russia-ukraine", "2024-01-07.md");
    const before = fs.readFileSync(file, "utf8");
    const { status, stderr } = npm(["content:new", "--", "--conflict", "russia-ukraine", "--date", "2024-01-07"]);
    expect(status).toBe(1);
    expect(stderr).toContain("2024-01-07.md already exists; edit it instead (nothing was overwritten)");
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  it.each([
    [["--conflict", "nowhere"], 'unknown conflict "nowhere"; the conflicts are: russia-ukraine'],
    [["--date", "2024-02-30"], '"2024-02-30" is not a real calendar date'],
    [["--date", "7 January"], '"7 January" is not a real calendar date'],
    [["--date", "2022-02-23"], "2022-02-23 is before day 1 of the Russia–Ukraine war (Thursday, 24 February 2022)"],
    [["--day", "3"], "Unknown option '--day'"],
  ])("rejects %j with a clear message", (args, message) => {
    const { status, stderr } = npm(["content:new", "--", ...args]);
    expect(status).toBe(1);
    expect(stderr).toContain(message);
  });

  it("asks which conflict when there are several", () => {
    const { status, stderr } = npm(["content:new"], { CONTENT_DIR: path.join(FIXTURES, "content-multi") });
    expect(status).toBe(1);
    expect(stderr).toContain("there are 2 conflicts (israel-gaza, sample-war); choose one with --conflict <slug>");
  });
});

describe("npm run content:check", () => {
  it("prints a code frame under each problem, and warnings without failing", () => {
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsummary: ok\nsumary: typo\n---\n## Battlefield\n- a\n");
    const { status, stderr } = npm(["content:check"]);
    expect(status).toBe(1);
    expect(stderr).toContain('2024-01-08.md:3:1: sumary: unknown key "sumary". Fix: did you mean "summary"? Rename the key\n  2 | summary: ok\n> 3 | sumary: typo\n    | ^\n  4 | ---');
    expect(stderr).toMatch(/\n1 problem, \d+ warnings found in /);
  });

  it("--json reports every issue for machines", () => {
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsummary: ok\ndraft: maybe\n---\n## Battlefield\n- a\n");
    const { status, stdout } = npm(["content:check", "--", "--json"]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, briefings: 7, conflicts: 1 });
    expect(report.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([
      { file: path.join(dir, "russia-ukraine", "2024-01-08.md"), line: 3, column: 8, field: "draft", message: 'must be a boolean, not string "maybe"', hint: "write draft: true or draft: false", severity: "error" },
    ]);
    expect(report.warnings).toBeGreaterThan(0);
  });

  it("checks only the files or folders given", () => {
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsumary: typo\n---\n## Battlefield\n- a\n");
    const good = npm(["content:check", "--", path.join(dir, "russia-ukraine", "2024-01-07.md")]);
    expect(good.status).toBe(0);
    expect(good.stdout.trim()).toMatch(/^1 briefing in 1 conflict OK/);
    const bad = npm(["content:check", "--", path.join(dir, "russia-ukraine", "2024-01-08.md"), path.join(dir, "russia-ukraine", "2024-01-07.md")]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("2024-01-08.md:2:1: sumary:");
    const folder = npm(["content:check", "--", path.join(dir, "russia-ukraine")]);
    expect(folder.status).toBe(1);
  });

  it("--watch checks again after every save", async () => {
    const child = spawn("npm", ["run", "-s", "content:check", "--", "--watch"], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 150 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 100));
      expect(output).toMatch(pattern);
    };
    try {
      await waitFor(/Watching /);
      fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsummary: ok\n---\n## Economy\n- a\n");
      await waitFor(/2024-01-08\.md:4:1: heading: "## Economy" is not a section/);
      fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsummary: ok\n---\n## Battlefield\n- a\n");
      await waitFor(/8 briefings in 1 conflict OK/);
    } finally {
      child.kill();
    }
  });
});

describe("the pre-commit hook", () => {
  it("stops a commit whose staged content has an error, and lets a good one through", () => {
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, DAYBOOK_ROOT: ROOT, CONTENT_DIR: dir } });
    git("init", "-q");
    git("config", "user.email", "editor@example.org");
    git("config", "user.name", "Editor");
    git("config", "core.hooksPath", path.join(ROOT, ".githooks"));
    // Here the content folder is the repository itself.
    const env = { CONTENT_DIR: "." };
    const commit = (message: string) => spawnSync("git", ["commit", "-q", "-m", message], { cwd: dir, encoding: "utf8", env: { ...process.env, DAYBOOK_ROOT: ROOT, ...env } });
    git("add", "-A");
    expect(commit("good content").status).toBe(0);
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsumary: typo\n---\n## Battlefield\n- a\n");
    git("add", "-A");
    const refused = commit("bad content");
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('sumary: unknown key "sumary"');
    expect(refused.stderr).toContain("Commit stopped");
  });
});
