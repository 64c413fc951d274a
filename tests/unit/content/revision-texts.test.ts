import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readGitLog } from "@/lib/content/git-log";
import { readRevisionTextsCache, writeRevisionTextsCache } from "@/lib/content/parse-cache";
import { readContent } from "@/lib/content/read-folder";
import { readRevisionTexts } from "@/lib/content/revision-texts";
import { computeHistories, type ParsedRevisionTexts } from "@/lib/content/revisions";

let repo: string;
let dist: string;
let clock: number;

function git(...args: string[]): void {
  const time = new Date((clock += 3_600_000)).toISOString();
  execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgSign=false", ...args], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time },
  });
}

function commitDay(front: string, subject: string): void {
  fs.writeFileSync(path.join(repo, "war", "2024-05-01.md"), `---\n${front}\n---\n## Battlefield\n- An item.\n`);
  git("add", "-A");
  git("commit", "-q", "-m", subject);
}

/** Reads the folder and its git history as a build's first reading does, collecting the texts it parses. */
function readHistory(texts: ParsedRevisionTexts) {
  const snapshot = readContent(repo, new Map());
  const conflict = snapshot.conflicts[0]!;
  const days = (snapshot.days.get(conflict.slug) ?? []).map((day) => ({ conflict, day }));
  return computeHistories(repo, readGitLog(repo)!, days, new Map(), texts).get(path.join(repo, "war", "2024-05-01.md"))!;
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-revision-texts-"));
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-dist-"));
  clock = Date.UTC(2024, 4, 1, 6);
  fs.mkdirSync(path.join(repo, "war"));
  fs.writeFileSync(path.join(repo, "war", "_conflict.md"), "---\nname: War\nstart: 2024-04-01\n---\n");
  git("init", "-q");
  // A unique word per test: the texts of identical versions would be shared with other tests through the process's memory.
  const word = path.basename(repo).replaceAll(/[^a-z0-9]/gi, "");
  commitDay(`summary: Draft ${word}.\ndraft: true`, "Start a draft");
  commitDay(`summary: First ${word}.`, "Publish");
  commitDay(`summary: Second ${word}.`, "Edit");
  commitDay(`summary: Third ${word}.`, "Edit again");
  vi.stubEnv("CONTENT_DIR", repo);
  vi.stubEnv("NEXT_DIST_DIR", dist);
  vi.stubEnv("NODE_ENV", "production");
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(repo, { recursive: true, force: true });
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("the texts of past versions a reading of git parsed", () => {
  it("are collected for published versions only (not drafts, not the current version, which is parsed already)", () => {
    const texts: ParsedRevisionTexts = new Map();
    const history = readHistory(texts);
    expect(history.revisions.map((r) => r.subject)).toEqual(["Edit again", "Edit", "Publish"]);
    const parsed = [...(texts.get(history.file)?.values() ?? [])].map((text) => text.summary.split(" ")[0]);
    expect(parsed.sort()).toEqual(["First", "Second"]);
    expect(history.current?.parsed.front.summary).toMatch(/^Third /);
  });

  it("reach a history page in a later process through the build folder, so it needs neither git nor a parse", () => {
    const texts: ParsedRevisionTexts = new Map();
    const history = readHistory(texts);
    fs.rmSync(path.join(repo, ".git"), { recursive: true }); // git can no longer answer
    // Without the saved texts only the current version can be had now: the past ones are absent (asked again later).
    const without = readRevisionTexts(repo, history, history.revisions);
    expect([...without.values()].map((text) => text?.summary.split(" ")[0])).toEqual(["Third"]);

    writeRevisionTextsCache(texts);
    expect(readRevisionTextsCache(history.file)).toEqual(texts.get(history.file));
    const saved = readRevisionTexts(repo, history, history.revisions);
    expect(history.revisions.map((r) => saved.get(r.blob)?.summary.split(" ")[0])).toEqual(["Third", "Second", "First"]);
  });

  it("are added to those an earlier process saved for the same day", () => {
    const file = path.join(repo, "war", "2024-05-01.md");
    const text = (summary: string) => ({ summary, sections: [], sources: [], corrections: [], places: [], topics: [] });
    writeRevisionTextsCache(new Map([[file, new Map([["a", text("A")]])]]));
    writeRevisionTextsCache(new Map([[file, new Map([["b", text("B")]])]]));
    expect([...readRevisionTextsCache(file).keys()].sort()).toEqual(["a", "b"]);
    expect(readRevisionTextsCache(path.join(repo, "war", "2024-05-02.md")).size).toBe(0);
  });
});
