import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers";

const ROOT = path.resolve(import.meta.dirname, "../../..");
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
    expect(check.stderr).toMatch(/2024-01-08\.md:9:10: summary: .+ \[DB107 empty-value\]\n/);
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
