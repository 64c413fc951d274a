import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getChangesFeedView, getDayView, getHistoryView, type DiffGroup } from "@/lib/content";
import { getStore } from "@/lib/content/store";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let repo: string;

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-history-"));
  execFileSync("node", [path.join(ROOT, "scripts/test/make-history-repo.mjs"), repo, "--without-payloads"]);
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));
beforeEach(() => vi.stubEnv("CONTENT_DIR", repo));
afterEach(() => vi.unstubAllEnvs());

/** A diff's groups as "heading: label, change: -removed- +added+" lines, whitespace trimmed. */
function describeGroups(groups: readonly DiffGroup[]): string[] {
  return groups.flatMap((group) =>
    group.entries.map((entry) => {
      const words = entry.parts
        .filter((part) => part.change)
        .map((part) => (part.change === "added" ? `+${part.text.trim()}+` : `-${part.text.trim()}-`))
        .join(" ");
      return `${group.heading}: ${[entry.label, entry.change].filter(Boolean).join(", ")}: ${words}`;
    }),
  );
}

describe("published revisions, from one reading of git", () => {
  it("count only commits of the file under its date name made while it was published", () => {
    expect(getDayView("tracked-war", "2024-05-01")?.revisions).toBe(3); // not the notes, not the two drafts
    expect(getDayView("tracked-war", "2024-05-02")?.revisions).toBe(1);
    expect(getDayView("tracked-war", "2024-05-04")?.revisions).toBeUndefined(); // on disk, not committed
  });

  it("make the latest published revision the modified time; an untracked day keeps its own date", () => {
    expect(getDayView("tracked-war", "2024-05-01")?.briefing.modified).toBe("2024-05-03T09:15:00.000Z");
    expect(getDayView("tracked-war", "2024-05-02")?.briefing.modified).toBe("2024-05-02T20:00:00.000Z");
    expect(getDayView("tracked-war", "2024-05-04")?.briefing.modified).toBe("2024-05-04T00:00:00.000Z");
  });
});

describe("getHistoryView", () => {
  it("lists every published revision newest first, with its time and subject; the oldest is the publication", () => {
    const view = getHistoryView("tracked-war", "2024-05-01");
    expect(view?.revisions.map((r) => [r.time, r.subject, r.first])).toEqual([
      ["2024-05-03T09:15:00.000Z", "Correct the source of the Avdiivka report", false],
      ["2024-05-02T07:30:00.000Z", "Raise the Pokrovsk death toll to 14", false],
      ["2024-05-01T18:00:00.000Z", "Publish 1 May", true],
    ]);
    expect(view?.older).toBe(0);
  });

  it("compares each revision with the one before, word by word, grouped by part of the page and by item", () => {
    const [correction, toll] = getHistoryView("tracked-war", "2024-05-01")?.revisions ?? [];
    expect(describeGroups(toll!.groups)).toEqual([
      "Summary: changed: -11- +14+",
      "Battlefield: Item 1, changed: -11- +14+",
      "Battlefield: Item 3, added: +Rescue work ended overnight.+",
    ]);
    expect(describeGroups(correction!.groups)).toEqual([
      "Headline: changed: +and Myrnohrad+",
      "Battlefield: Item 2, changed: -Reuters- +AFP+",
      "Sources: Source 2, added: +AFP (https://example.org/afp-avdiivka)+",
      "Corrections: Correction 1, added: +Friday, 3 May 2024: An earlier version credited the Avdiivka report to Reuters; it came from AFP.+",
    ]);
  });

  it("shows the first revision's whole text, as published", () => {
    const first = getHistoryView("tracked-war", "2024-05-01")?.revisions.at(-1);
    expect(first?.groups.map((g) => g.heading)).toEqual(["Headline", "Summary", "Battlefield", "Weapons", "Sources"]);
    expect(first?.groups.flatMap((g) => g.entries.map((e) => e.change))).not.toContain("added");
    expect(first?.groups.find((g) => g.key === "summary")?.entries[0]?.parts).toEqual([
      { text: "A missile attack on Pokrovsk killed at least 11 people." },
    ]);
  });

  it("is undefined for a day git does not track, an unknown day and an unknown conflict", () => {
    expect(getHistoryView("tracked-war", "2024-05-04")).toBeUndefined();
    expect(getHistoryView("tracked-war", "2024-05-05")).toBeUndefined();
    expect(getHistoryView("nowhere", "2024-05-01")).toBeUndefined();
  });

  it("a day published once has one revision", () => {
    const view = getHistoryView("tracked-war", "2024-05-02");
    expect(view?.revisions.map((r) => [r.subject, r.first])).toEqual([["Publish 2 May", true]]);
  });
});

describe("getChangesFeedView", () => {
  it("lists revisions made after first publication, newest first", () => {
    const view = getChangesFeedView("tracked-war");
    expect(view?.entries.map((e) => [e.briefing.date, e.time, e.subject])).toEqual([
      ["2024-05-01", "2024-05-03T09:15:00.000Z", "Correct the source of the Avdiivka report"],
      ["2024-05-01", "2024-05-02T07:30:00.000Z", "Raise the Pokrovsk death toll to 14"],
    ]);
    expect(getChangesFeedView("nowhere")).toBeUndefined();
  });
});

describe("content outside git", () => {
  it("has no history and raises no error", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-untracked-"));
    try {
      fs.cpSync(path.join(repo, "tracked-war"), path.join(copy, "tracked-war"), { recursive: true });
      vi.stubEnv("CONTENT_DIR", copy);
      expect(getStore().histories.size).toBe(0);
      expect(getDayView("tracked-war", "2024-05-01")?.revisions).toBeUndefined();
      expect(getHistoryView("tracked-war", "2024-05-01")).toBeUndefined();
      expect(getChangesFeedView("tracked-war")?.entries).toEqual([]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
