import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { computeNextPublishTime, isPublished } from "@/lib/content/schedule";
import { getStore } from "@/lib/content/store";
import { FIXTURES, parseDay, russiaUkraine } from "../helpers";

const day = (front: string) => {
  const { briefing, issues } = parseDay("c/2024-01-08.md", "2024-01-08.md", `---\nsummary: s\n${front}---\n## Battlefield\n- An item.\n`, russiaUkraine);
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  return briefing!;
};

describe("publish_at", () => {
  it("is read as written, with its time zone", () => {
    expect(day("publish_at: 2024-01-08T06:00:00+02:00\n").publishAt).toBe("2024-01-08T06:00:00+02:00");
    expect(day("").publishAt).toBeUndefined();
  });
});

describe("isPublished and computeNextPublishTime", () => {
  const at = Date.parse("2024-01-08T04:00:00Z"); // 06:00 in Kyiv
  const parsed = (front: { draft?: boolean; publish_at?: string }) => ({ front: { summary: "s", ...front } });
  it("a scheduled day is published from its moment on, never before; a draft never", () => {
    const scheduled = parsed({ publish_at: "2024-01-08T06:00:00+02:00" });
    expect(isPublished(scheduled, at - 1)).toBe(false);
    expect(isPublished(scheduled, at)).toBe(true);
    expect(isPublished(parsed({}), 0)).toBe(true);
    expect(isPublished(parsed({ draft: true, publish_at: "2024-01-08T06:00:00+02:00" }), at + 1)).toBe(false);
  });
  it("the next moment to build the store again is the earliest one still to come", () => {
    const days = [parsed({ publish_at: "2024-01-09T06:00:00+02:00" }), parsed({ publish_at: "2024-01-08T06:00:00+02:00" }), parsed({})];
    expect(computeNextPublishTime(days, at - 1)).toBe(at);
    expect(computeNextPublishTime(days, at)).toBe(Date.parse("2024-01-09T04:00:00Z"));
    expect(computeNextPublishTime(days, Date.parse("2024-01-10T00:00:00Z"))).toBeUndefined();
  });
});

describe("a production server's store", () => {
  let root: string;
  const holder = globalThis as { __daybookContent?: unknown };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-schedule-"));
    fs.cpSync(path.join(FIXTURES, "content-multi"), path.join(root, "content"), { recursive: true });
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CONTENT_DIR", path.join(root, "content"));
    vi.stubEnv("CONTENT_REFRESH_MS", "60000"); // no file check in this test: only the schedule can rebuild the store
    vi.stubEnv("NEXT_DIST_DIR", path.join(root, "dist"));
    holder.__daybookContent = undefined;
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    holder.__daybookContent = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("keeps a day scheduled a few seconds ahead out, then publishes it at that time with no file change", async () => {
    const publishAt = new Date(Date.now() + 3_000).toISOString().replace(/\.\d+Z$/, "Z");
    const file = path.join(root, "content", "sample-war", "2024-03-13.md");
    fs.writeFileSync(file, `---\nsummary: A scheduled day.\npublish_at: ${publishAt}\n---\n## Battlefield\n- Scheduled item ZULU.\n`);
    const dates = () => getStore().indexes.get("sample-war")!.oldestFirst.map((b) => b.date);
    expect(dates()).not.toContain("2024-03-13");
    const before = getStore();
    expect(getStore()).toBe(before); // nothing due yet: the same store, no re-reading
    await new Promise((resolve) => setTimeout(resolve, Date.parse(publishAt) - Date.now() + 50));
    expect(dates()).toContain("2024-03-13");
    expect(getStore().indexes.get("sample-war")!.getBriefing("2024-03-13")?.publishAt).toBe(publishAt);
  });
});
