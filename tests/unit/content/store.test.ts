import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { getStore, type Store } from "@/lib/content/store";
import { FIXTURES } from "../helpers";

/**
 * The store of a running production server, on a copy of the two-conflict fixture
 * that each test changes as an accident or an editor would. CONTENT_REFRESH_MS=0:
 * every call is a check, so "once per check" is "once per call" here.
 */
let root: string;
let content: string;
let log: MockInstance<typeof console.error>;
const holder = globalThis as { __daybookContent?: unknown };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-store-"));
  content = path.join(root, "content");
  fs.cpSync(path.join(FIXTURES, "content-multi"), content, { recursive: true });
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("CONTENT_DIR", content);
  vi.stubEnv("CONTENT_REFRESH_MS", "0");
  vi.stubEnv("NEXT_DIST_DIR", path.join(root, "dist")); // the parse cache goes there
  holder.__daybookContent = undefined;
  log = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  holder.__daybookContent = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

const dates = (store: Store, slug: string) => store.indexes.get(slug)?.oldestFirst.map((b) => b.date) ?? [];
const logged = () => log.mock.calls.map((call) => String(call[0]));
/** Changes a file's modification time, as a checkout does, so that the next check sees it. */
const touch = (file: string, seconds: number) => fs.utimesSync(file, new Date(Date.now() + seconds * 1000), new Date(Date.now() + seconds * 1000));

describe("the store of a running production server", () => {
  it("keeps serving the last good content while the folder is missing, logs once per check, and reads it again when it returns", () => {
    const good = getStore();
    expect(good.conflicts.map((c) => c.slug)).toEqual(["israel-gaza", "sample-war"]);
    fs.renameSync(content, `${content}.away`);
    for (let check = 0; check < 3; check++) expect(getStore()).toBe(good);
    expect(logged()).toHaveLength(3);
    expect(logged()[0]).toBe(`Daybook content folder ${content} is missing: still serving the last good content (6 briefings of 2 conflicts); it is read again at the next check.`);

    // It comes back with a new day: picked up at the first check.
    fs.writeFileSync(path.join(`${content}.away`, "sample-war", "2024-03-20.md"), "---\nsummary: Back.\n---\n## Battlefield\n- Back.\n");
    fs.renameSync(`${content}.away`, content);
    const back = getStore();
    expect(dates(back, "sample-war")).toContain("2024-03-20");
    expect(dates(back, "israel-gaza")).toEqual(dates(good, "israel-gaza"));
    expect(logged().at(-1)).toBe(`Daybook content folder ${content} is back: serving what it holds now.`);
  });

  it("between checks, logs nothing more while the folder is away, and notices its return at the very next request", () => {
    const good = getStore();
    fs.renameSync(content, `${content}.away`);
    getStore(); // the check that finds it missing
    vi.stubEnv("CONTENT_REFRESH_MS", "60000"); // no further full check for a minute
    for (let request = 0; request < 5; request++) expect(getStore()).toBe(good);
    expect(logged()).toHaveLength(1);
    fs.writeFileSync(path.join(`${content}.away`, "sample-war", "2024-03-20.md"), "---\nsummary: Back.\n---\n## Battlefield\n- Back.\n");
    fs.renameSync(`${content}.away`, content);
    expect(dates(getStore(), "sample-war")).toContain("2024-03-20");
    expect(logged().at(-1)).toMatch(/is back: serving what it holds now\.$/);
  });

  it("keeps serving when the folder comes back unchanged, and says so", () => {
    const good = getStore();
    fs.renameSync(content, `${content}.away`);
    getStore();
    fs.renameSync(`${content}.away`, content);
    expect(getStore()).toBe(good);
    expect(logged().at(-1)).toBe(`Daybook content folder ${content} is back, unchanged: serving it again.`);
  });

  it("keeps serving when the folder suddenly holds no conflict at all (emptied, or only stray files)", () => {
    const good = getStore();
    for (const slug of ["israel-gaza", "sample-war"]) fs.rmSync(path.join(content, slug), { recursive: true });
    fs.writeFileSync(path.join(content, "notes.txt"), "left behind\n");
    expect(getStore()).toBe(good);
    expect(logged()).toEqual([`Daybook content folder ${content} holds no conflict: still serving the last good content (6 briefings of 2 conflicts); it is read again at the next check.`]);
  });

  it("unpublishes a deleted day and a deleted conflict folder, as editors expect", () => {
    getStore();
    fs.rmSync(path.join(content, "sample-war", "2024-03-10.md"));
    expect(dates(getStore(), "sample-war")).not.toContain("2024-03-10");
    fs.rmSync(path.join(content, "israel-gaza"), { recursive: true });
    expect(getStore().conflicts.map((c) => c.slug)).toEqual(["sample-war"]);
    expect(logged()).toEqual([]);
  });

  it("keeps a day's last good version when its file turns invalid, and says which problems keep what", () => {
    getStore();
    const day = path.join(content, "sample-war", "2024-03-10.md");
    fs.writeFileSync(day, "---\nsummary: [broken\n---\n");
    touch(day, 10);
    fs.writeFileSync(path.join(content, "sample-war", "2024-03-21.md"), "---\nsumary: new and broken\n---\n## Battlefield\n- x\n");
    const store = getStore();
    expect(dates(store, "sample-war")).toContain("2024-03-10");
    expect(dates(store, "sample-war")).not.toContain("2024-03-21");
    const lines = logged();
    expect(lines.filter((l) => l.includes("2024-03-10.md")).every((l) => l.startsWith("Daybook content problem (not published; its last good version stays online): "))).toBe(true);
    expect(lines.filter((l) => l.includes("2024-03-21.md")).every((l) => l.startsWith("Daybook content problem (not published): "))).toBe(true);
    expect(lines.some((l) => l.includes("2024-03-21.md"))).toBe(true);
  });

  it("keeps a conflict whose _conflict.md disappeared while its folder stayed (an error, not a wish to unpublish)", () => {
    getStore();
    fs.rmSync(path.join(content, "israel-gaza", "_conflict.md"));
    const store = getStore();
    expect(store.conflicts.map((c) => c.slug)).toEqual(["israel-gaza", "sample-war"]);
    expect(logged()).toEqual([expect.stringMatching(/^Daybook content problem \(not published; its last good version stays online\): .*israel-gaza:1:1: .*\[DB010 missing-conflict-file\]$/)]);
  });

  it("on a first read with no folder, has nothing to keep: an empty site and the problem logged", () => {
    fs.rmSync(content, { recursive: true });
    expect(getStore().conflicts).toEqual([]);
    expect(logged()).toEqual([expect.stringMatching(/^Daybook content problem \(not published\): .*\[DB011 missing-content-dir\]$/)]);
  });

  it("outside production (next dev), a missing folder still stops with the error", () => {
    vi.stubEnv("NODE_ENV", "development");
    getStore();
    fs.renameSync(content, `${content}.away`);
    expect(() => getStore()).toThrow(/DB011/);
  });
});
