import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDayView, getHistoryView } from "@/lib/content";
import { getStore } from "@/lib/content/store";

let repo: string;
let clock: number;

function git(...args: string[]): string {
  const time = new Date(clock).toISOString();
  clock += 3_600_000;
  return execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgSign=false", ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time },
  });
}

/** Writes the day's file and commits it. */
function commitDay(front: string, items: string, subject: string): void {
  fs.writeFileSync(path.join(repo, "war", "2024-05-01.md"), `---\n${front}\n---\n## Battlefield\n${items}\n`);
  git("add", "-A");
  git("commit", "-q", "-m", subject);
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-revisions-"));
  clock = Date.UTC(2024, 4, 1, 6);
  fs.mkdirSync(path.join(repo, "war"));
  fs.writeFileSync(path.join(repo, "war", "_conflict.md"), "---\nname: War\nstart: 2024-04-01\n---\n");
  git("init", "-q");
  vi.stubEnv("CONTENT_DIR", repo);
  vi.stubEnv("CONTENT_REFRESH_MS", "0");
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(repo, { recursive: true, force: true });
});

describe("what counts as a revision", () => {
  it("a revision invalid at its commit is skipped, and the next is compared with the one before it", () => {
    commitDay("summary: First.", "- Item one.", "Publish");
    commitDay("summary: Second.\nsumary: a typo", "- Item one.", "Broken edit");
    commitDay("summary: Third.", "- Item one.", "Fix the typo");
    const view = getHistoryView("war", "2024-05-01");
    expect(view?.revisions.map((r) => r.subject)).toEqual(["Fix the typo", "Publish"]);
    expect(view?.revisions[0]?.groups.flatMap((g) => g.entries.flatMap((e) => e.parts.filter((p) => p.change).map((p) => p.text)))).toEqual([
      "First",
      "Third",
    ]);
  });

  it("a day taken back into draft and published again shows only its published revisions", () => {
    commitDay("summary: Out.", "- Item one.", "Publish");
    commitDay("summary: Out.\ndraft: true", "- Item two.", "Unpublish to rework");
    commitDay("summary: Back.", "- Item two.", "Publish again");
    expect(getHistoryView("war", "2024-05-01")?.revisions.map((r) => r.subject)).toEqual(["Publish again", "Publish"]);
    expect(getDayView("war", "2024-05-01")?.revisions).toBe(2);
  });

  it("a file that is a draft in every commit has no history", () => {
    commitDay("summary: Not yet.\ndraft: true", "- Item one.", "Start a draft");
    // Outside production drafts are shown (next dev), but they have no published revision.
    expect(getDayView("war", "2024-05-01")?.revisions).toBeUndefined();
    expect(getHistoryView("war", "2024-05-01")).toBeUndefined();
  });

  it("a commit that reaches the folder is noticed even when no file changes on disk", () => {
    commitDay("summary: First.", "- Item one.", "Publish");
    fs.writeFileSync(path.join(repo, "war", "2024-05-01.md"), "---\nsummary: Second.\n---\n## Battlefield\n- Item one.\n");
    expect(getDayView("war", "2024-05-01")?.briefing.summary).toBe("Second.");
    expect(getDayView("war", "2024-05-01")?.revisions).toBe(1); // the edit is not committed yet
    git("commit", "-q", "-am", "Edit");
    expect(getDayView("war", "2024-05-01")?.revisions).toBe(2);
    expect(getStore().histories.get("war/2024-05-01")?.revisions[0]?.subject).toBe("Edit");
  });
});
