import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readGitLog } from "@/lib/content/git-log";
import { parseGitLog } from "@/lib/content/parse-git-log";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let repo: string;
let plain: string;

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-git-log-"));
  execFileSync("node", [path.join(ROOT, "scripts/test/make-history-repo.mjs"), repo, "--without-payloads"]);
  plain = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-no-git-"));
});
afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.rmSync(plain, { recursive: true, force: true });
});

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const ZERO = "0".repeat(40);

describe("parseGitLog", () => {
  it("reads each commit's time, subject and changed files, renames and deletions included", () => {
    const output = [
      `\u0001${"1".repeat(40)}`,
      "2024-05-03T11:15:00+02:00",
      "Second edit",
      `\n:100644 100644 ${A} ${B} M`,
      "w/2024-05-01.md",
      `\u0001${"2".repeat(40)}`,
      "2024-05-01T09:00:00+00:00",
      "Rename",
      `\n:100644 100644 ${C} ${A} R095`,
      "w/notes.md",
      "w/2024-05-01.md",
      `:100644 000000 ${C} ${ZERO} D`,
      "w/2024-05-02.md",
      "",
    ].join("\u0000");
    const files = parseGitLog(output, "/content");
    expect(files.get("/content/w/2024-05-01.md")).toEqual([
      { commit: "1".repeat(40), time: "2024-05-03T09:15:00.000Z", subject: "Second edit", blob: B },
      { commit: "2".repeat(40), time: "2024-05-01T09:00:00.000Z", subject: "Rename", blob: A, renamedFrom: "w/notes.md" },
    ]);
    expect(files.get("/content/w/2024-05-02.md")).toEqual([{ commit: "2".repeat(40), time: "2024-05-01T09:00:00.000Z", subject: "Rename" }]);
    expect(files.has("/content/w/notes.md")).toBe(false); // only the rename's target is a revision
  });

  it("keeps a subject holding the parser's own markers, and turns control characters into spaces", () => {
    const subject = `\u0001${"f".repeat(40)} :100644 <script>\u0007alert(1)</script>\ttab`;
    const output = [`\u0001${"1".repeat(40)}`, "2024-05-01T00:00:00Z", subject, `\n:000000 100644 ${ZERO} ${A} A`, "w/2024-05-01.md", ""].join("\u0000");
    const [entry] = parseGitLog(output, "/c").get("/c/w/2024-05-01.md") ?? [];
    expect(entry?.subject).toBe(`${"f".repeat(40)} :100644 <script> alert(1)</script> tab`);
    expect(entry?.blob).toBe(A);
  });

  it("skips what it cannot read instead of guessing", () => {
    expect(parseGitLog("", "/c").size).toBe(0);
    const output = [`\u0001${"1".repeat(40)}`, "not a time", "Subject", `\n:000000 100644 ${ZERO} ${A} A`, "w/2024-05-01.md", ""].join("\u0000");
    expect(parseGitLog(output, "/c").size).toBe(0);
  });
});

describe("readGitLog", () => {
  it("reads every file's commits, newest first, in one log of a real repository", () => {
    const log = readGitLog(repo);
    const subjects = log?.files.get(path.join(repo, "tracked-war", "2024-05-01.md"))?.map((c) => c.subject);
    // Every commit of the file under its date name, the rename included; nothing of its life as notes.
    expect(subjects).toEqual([
      "Correct the source of the Avdiivka report",
      "Raise the Pokrovsk death toll to 14",
      "Publish 1 May",
      "Draft: add the weapons section",
      "File the Pokrovsk notes under 1 May as a draft",
    ]);
    expect(log?.files.get(path.join(repo, "tracked-war", "2024-05-01.md"))?.at(-1)?.renamedFrom).toBe("tracked-war/pokrovsk-notes.md");
    expect(log?.files.has(path.join(repo, "tracked-war", "2024-05-04.md"))).toBe(false); // not committed
    expect(log?.watch.map((file) => path.basename(file))).toEqual(["HEAD", "HEAD", "index"]);
  });

  it("gives paths under a content folder that is a subfolder of the repository", () => {
    const log = readGitLog(path.join(repo, "tracked-war"));
    expect(log?.files.get(path.join(repo, "tracked-war", "2024-05-02.md"))?.map((c) => c.subject)).toEqual(["Publish 2 May"]);
  });

  it("is undefined outside a git repository, and a GIT_DIR set by the environment does not change the repository", () => {
    expect(readGitLog(plain)).toBeUndefined();
    vi.stubEnv("GIT_DIR", path.join(repo, ".git"));
    try {
      expect(readGitLog(plain)).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("readGitLog after an earlier reading", () => {
  const commit = (dir: string, args: string[]) =>
    execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgSign=false", ...args], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: "2024-05-05T10:00:00Z", GIT_COMMITTER_DATE: "2024-05-05T10:00:00Z" },
    });
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-git-log-copy-"));
    fs.cpSync(repo, dir, { recursive: true });
    return dir;
  };

  it("reads only the commits since, and gives what a full reading gives", () => {
    const dir = copy();
    try {
      const before = readGitLog(dir)!;
      fs.appendFileSync(path.join(dir, "tracked-war", "2024-05-02.md"), "- A new item.\n");
      commit(dir, ["commit", "-q", "-am", "Add an item to 2 May"]);
      const after = readGitLog(dir, before)!;
      expect(after.head).not.toBe(before.head);
      expect(after.files.get(path.join(dir, "tracked-war", "2024-05-02.md"))?.map((c) => c.subject)).toEqual(["Add an item to 2 May", "Publish 2 May"]);
      expect(after.files).toEqual(readGitLog(dir)!.files);
      expect(after.files.get(path.join(dir, "tracked-war", "2024-05-01.md"))).toBe(before.files.get(path.join(dir, "tracked-war", "2024-05-01.md")));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads everything again when history was rewritten, and nothing when HEAD has not moved", () => {
    const dir = copy();
    try {
      const before = readGitLog(dir)!;
      expect(readGitLog(dir, before)?.files).toBe(before.files);
      commit(dir, ["commit", "-q", "--amend", "-m", "Publish 2 May, reworded"]);
      const after = readGitLog(dir, before)!;
      expect(after.files.get(path.join(dir, "tracked-war", "2024-05-02.md"))?.map((c) => c.subject)).toEqual(["Publish 2 May, reworded"]);
      expect(after.files).toEqual(readGitLog(dir)!.files);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
