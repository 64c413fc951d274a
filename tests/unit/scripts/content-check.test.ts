import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function run(args: string[], extraEnv: Record<string, string>) {
  const env = { ...process.env, ...extraEnv };
  const result = spawnSync(args[0]!, args.slice(1), { cwd: ROOT, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runCheck(contentDir?: string) {
  return run(["npm", "run", "-s", "content:check"], { CONTENT_DIR: contentDir ?? "" });
}

/** Each problem of tests/fixtures/broken-content as its line starts and ends: position, field, and code. */
const BROKEN: [start: string, end: string][] = [
  ["tests/fixtures/broken-content/Bad_Slug:1:1: folder name: ", "[DB008 bad-conflict-slug]"],
  ["tests/fixtures/broken-content/war-a/2023-12-31.md:1:1: file name: ", "[DB205 before-start]"],
  ["tests/fixtures/broken-content/war-a/2024-01-02.md:2:1: summary: ", "[DB105 missing-field]"],
  ["tests/fixtures/broken-content/war-a/2024-01-02.md:2:1: sumary: ", "[DB104 unknown-key]"],
  ["tests/fixtures/broken-content/war-a/2024-02-30.md:1:1: file name: ", "[DB202 not-a-calendar-date]"],
  ["tests/fixtures/broken-content/war-a/notes.md:1:1: file name: ", "[DB201 file-name-not-a-date]"],
  ["tests/fixtures/broken-content/war-a/notes.md:1:1: front matter: ", "[DB101 no-front-matter]"],
  ["tests/fixtures/broken-content/war-a/notes.md:1:1: body: ", "[DB308 no-section]"],
];
/** The problem lines of an output, as [start, end] like BROKEN. */
const problemLines = (output: string) =>
  output.split("\n").flatMap((line) => {
    const match = /^(tests\/fixtures\/broken-content\/[^:]+:\d+:\d+: [^:]+: ).+\. Fix: .+ (\[DB\d{3} [a-z0-9-]+\])$/.exec(line);
    return match ? [[match[1], match[2]]] : [];
  });

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

  it("prints every problem as path:line:column: field: message. Fix: hint [code name] and exits 1", () => {
    const { status, stderr } = runCheck("tests/fixtures/broken-content");
    expect(status).toBe(1);
    expect(problemLines(stderr)).toEqual(BROKEN);
    expect(stderr.trim().split("\n").at(-1)).toMatch(/^8 problems found in /);
  });

  it("npm run build stops on invalid content with the same messages", () => {
    const { status, stderr } = run(["npm", "run", "-s", "build"], {
      CONTENT_DIR: "tests/fixtures/broken-content",
      NEXT_DIST_DIR: ".next-test-broken",
    });
    expect(status).toBe(1);
    expect(problemLines(stderr)).toEqual(BROKEN);
  });

  it("next build alone also fails on invalid content, printing the same messages", () => {
    const { status, stdout, stderr } = run(["npx", "next", "build"], {
      CONTENT_DIR: "tests/fixtures/broken-content",
      NEXT_DIST_DIR: ".next-test-broken",
    });
    expect(status).not.toBe(0);
    const output = stdout + stderr;
    for (const [start, end] of BROKEN)
      expect(
        output.split("\n").some((line) => line.includes(start) && line.includes(end)),
        start,
      ).toBe(true);
  }, 120_000);
});

describe("npm run content:check on a copy of the shipped content", () => {
  let dir: string;
  function npm(args: string[], env: Record<string, string> = {}) {
    const result = spawnSync("npm", ["run", "-s", ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: dir, ...env },
      encoding: "utf8",
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-cli-"));
    fs.cpSync(path.join(ROOT, "content"), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** The shipped content has no warnings: a day whose summary types the wrong day number adds one (DB401). */
  const addWarning = () =>
    fs.writeFileSync(
      path.join(dir, "russia-ukraine", "2024-01-09.md"),
      "---\nsummary: Day 5 of the war.\nsources:\n  - id: a\n    name: A\n    url: https://example.org/a\n---\n## Battlefield\n- a[^a]\n",
    );

  it("prints a code frame under each problem, and warnings without failing", () => {
    fs.writeFileSync(
      path.join(dir, "russia-ukraine", "2024-01-08.md"),
      "---\nsummary: ok\nsumary: typo\nsources:\n  - id: a\n    name: A\n    url: https://example.org/a\n---\n## Battlefield\n- a[^a]\n",
    );
    addWarning();
    const { status, stderr } = npm(["content:check"]);
    expect(status).toBe(1);
    expect(stderr).toContain(
      '2024-01-08.md:3:1: sumary: unknown key "sumary". Fix: did you mean "summary"? Rename the key [DB104 unknown-key]\n  2 | summary: ok\n> 3 | sumary: typo\n    | ^\n  4 | sources:',
    );
    expect(stderr).toMatch(/: warning: .+ \[DB4\d\d [a-z-]+\]\n/);
    expect(stderr).toMatch(/\n1 problem, 1 warning found in /);
  });

  it("lists the days scheduled for later, and gives them in --json", () => {
    const day = (publishAt: string) =>
      `---\nsummary: ok\npublish_at: ${publishAt}\nsources:\n  - id: a\n    name: A\n    url: https://example.org/a\n---\n## Battlefield\n- a[^a]\n`;
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), day("2099-01-08T06:00:00+02:00"));
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-09.md"), day("2024-01-09T06:00:00Z")); // its time has come: published
    const { status, stdout } = npm(["content:check"]);
    expect(status).toBe(0);
    expect(stdout).toContain("russia-ukraine/2024-01-08 scheduled for 2099-01-08T06:00:00+02:00\n");
    expect(stdout).not.toContain("2024-01-09 scheduled");
    expect(stdout).toContain("9 briefings in 1 conflict OK (1 scheduled day)");
    const report = JSON.parse(npm(["content:check", "--", "--json"]).stdout);
    expect(report.scheduled).toEqual([{ conflict: "russia-ukraine", date: "2024-01-08", publishAt: "2099-01-08T06:00:00+02:00" }]);
  });

  it("--json reports every issue for machines, with its code and name", () => {
    fs.writeFileSync(
      path.join(dir, "russia-ukraine", "2024-01-08.md"),
      "---\nsummary: ok\ndraft: maybe\nsources:\n  - id: a\n    name: A\n    url: https://example.org/a\n---\n## Battlefield\n- a[^a]\n",
    );
    addWarning();
    const { status, stdout } = npm(["content:check", "--", "--json"]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 1, briefings: 8, conflicts: 1 });
    expect(report.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([
      {
        file: path.join(dir, "russia-ukraine", "2024-01-08.md"),
        line: 3,
        column: 8,
        code: "DB106",
        name: "wrong-type",
        severity: "error",
        field: "draft",
        message: 'must be a boolean, not string "maybe"',
        hint: "write draft: true or draft: false",
      },
    ]);
    expect(report.warnings).toBeGreaterThan(0);
    for (const issue of report.issues)
      expect(issue).toMatchObject({ code: expect.stringMatching(/^DB\d{3}$/), name: expect.stringMatching(/^[a-z0-9-]+$/) });
  });

  it("checks only the files or folders given", () => {
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsumary: typo\n---\n## Battlefield\n- a\n");
    const good = npm(["content:check", "--", path.join(dir, "russia-ukraine", "2024-01-07.md")]);
    expect(good.status).toBe(0);
    expect(good.stdout.trim()).toMatch(/^1 briefing in 1 conflict OK/);
    const bad = npm([
      "content:check",
      "--",
      path.join(dir, "russia-ukraine", "2024-01-08.md"),
      path.join(dir, "russia-ukraine", "2024-01-07.md"),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/2024-01-08\.md:2:1: sumary: .+ \[DB104 unknown-key\]\n/);
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
      await waitFor(/2024-01-08\.md:4:1: heading: .+ \[DB305 unknown-section\]\n/);
      fs.writeFileSync(
        path.join(dir, "russia-ukraine", "2024-01-08.md"),
        "---\nsummary: ok\nsources:\n  - id: a\n    name: A\n    url: https://example.org/a\n---\n## Battlefield\n- a[^a]\n",
      );
      await waitFor(/8 briefings in 1 conflict OK/);
    } finally {
      child.kill();
    }
  });

  it("the pre-commit hook stops a commit whose staged content has an error, and lets a good one through", () => {
    const git = (...args: string[]) =>
      spawnSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, DAYBOOK_ROOT: ROOT, CONTENT_DIR: dir } });
    git("init", "-q");
    git("config", "user.email", "editor@example.org");
    git("config", "user.name", "Editor");
    git("config", "core.hooksPath", path.join(ROOT, ".githooks"));
    // Here the content folder is the repository itself.
    const env = { CONTENT_DIR: "." };
    const commit = (message: string) =>
      spawnSync("git", ["commit", "-q", "-m", message], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, DAYBOOK_ROOT: ROOT, ...env },
      });
    git("add", "-A");
    expect(commit("good content").status).toBe(0);
    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\nsumary: typo\n---\n## Battlefield\n- a\n");
    git("add", "-A");
    const refused = commit("bad content");
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/2024-01-08\.md:2:1: sumary: .+ \[DB104 unknown-key\]\n/);
    expect(refused.stderr).toContain("Commit stopped");
  });
});
