import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { computeFingerprint } from "@/lib/content/fingerprint";
import { computeFingerprintOffThread } from "@/lib/content/fingerprint-thread";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-fingerprint-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// No worker thread can start here (vitest runs TypeScript that a worker cannot load), so these
// also check the fallback: the same fingerprint on the calling thread, and one log line saying so.
describe("computeFingerprintOffThread", () => {
  const errors: string[] = [];
  beforeAll(() => void vi.spyOn(console, "error").mockImplementation((message: string) => void errors.push(message)));
  afterAll(() => vi.restoreAllMocks());

  it("gives the synchronous fingerprint, and changes with a file's size, a new file and a deleted one", async () => {
    fs.cpSync("content", path.join(root, "content"), { recursive: true });
    const dir = path.join(root, "content");
    const first = await computeFingerprintOffThread(dir);
    expect(first).toBe(computeFingerprint(dir));
    expect(first.split("\n").length).toBeGreaterThan(10);

    const day = path.join(dir, "russia-ukraine", "2024-01-07.md");
    fs.appendFileSync(day, "\n");
    const edited = await computeFingerprintOffThread(dir);
    expect(edited).not.toBe(first);
    expect(edited).toBe(computeFingerprint(dir));

    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\ntitle: New\n---\n");
    const added = await computeFingerprintOffThread(dir);
    expect(added).toContain("2024-01-08.md");
    fs.rmSync(path.join(dir, "russia-ukraine", "2024-01-08.md"));
    const removed = await computeFingerprintOffThread(dir);
    expect(removed).not.toContain("2024-01-08.md");
    expect(removed).toBe(computeFingerprint(dir));
  });

  it("is empty for a folder that is not there", async () => {
    expect(await computeFingerprintOffThread(path.join(root, "missing"))).toBe("");
  });

  it("logs once that files are checked on the main thread, however often it is asked", () => {
    expect(errors.filter((message) => message.includes("no worker thread"))).toHaveLength(1);
  });
});
