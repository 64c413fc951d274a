import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readParseCache, writeParseCache } from "@/lib/content/parse-cache";
import { loadContent } from "@/lib/content";
import type { ParseCache } from "@/lib/content/read-folder";

const CONTENT = path.resolve("tests/fixtures/content-multi");

describe("parse cache file", () => {
  let dist: string;
  beforeEach(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-dist-"));
    vi.stubEnv("NEXT_DIST_DIR", dist);
    vi.stubEnv("NODE_ENV", "production");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("hands one process's parsed files to the next, which parses none again", () => {
    const first: ParseCache = new Map();
    const snapshot = loadContent(CONTENT, first);
    writeParseCache(first);
    expect(fs.existsSync(path.join(dist, "daybook-parse-cache.bin"))).toBe(true);

    const second = readParseCache();
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const before = new Map(second);
    const again = loadContent(CONTENT, second);
    expect([...second].every(([file, entry]) => before.get(file) === entry)).toBe(true);
    expect(again.briefings).toEqual(snapshot.briefings);
    expect(again.issues).toEqual(snapshot.issues);
  });

  it("parses a file again when it changes", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-content-"));
    fs.cpSync(CONTENT, copy, { recursive: true });
    const cache: ParseCache = new Map();
    loadContent(copy, cache);
    writeParseCache(cache);
    const file = path.join(copy, "israel-gaza", "2024-01-07.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: .*$/m, "summary: An edited summary."));
    const snapshot = loadContent(copy, readParseCache());
    expect(snapshot.briefings.get("israel-gaza")?.find((b) => b.date === "2024-01-07")?.summary).toBe("An edited summary.");
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it("checks a day again when its conflict's citation policy changes, though the day's file did not", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-content-"));
    fs.cpSync(CONTENT, copy, { recursive: true });
    const cache: ParseCache = new Map();
    const uncited = (issues: { code: string; file: string }[]) => issues.filter((i) => i.file.includes("israel-gaza") && /DB406|DB313/.test(i.code)).map((i) => i.code);
    expect(uncited(loadContent(copy, cache).issues)).toEqual(["DB406", "DB406", "DB406"]);
    const conflict = path.join(copy, "israel-gaza", "_conflict.md");
    fs.writeFileSync(conflict, fs.readFileSync(conflict, "utf8").replace("start: 2023-10-07", "start: 2023-10-07\ncitations: required"));
    expect(uncited(loadContent(copy, cache).issues)).toEqual(["DB313", "DB313", "DB313"]);
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it("starts empty when there is no file, or an unreadable one, and outside production", () => {
    expect(readParseCache().size).toBe(0);
    fs.writeFileSync(path.join(dist, "daybook-parse-cache.bin"), "not a cache");
    expect(readParseCache().size).toBe(0);
    const cache: ParseCache = new Map();
    loadContent(CONTENT, cache);
    writeParseCache(cache);
    vi.stubEnv("NODE_ENV", "test");
    expect(readParseCache().size).toBe(0);
  });
});
