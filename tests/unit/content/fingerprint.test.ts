import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { computeFingerprint, computeFingerprintAsync } from "@/lib/content/fingerprint";
import { computeFingerprintOffThread } from "@/lib/content/fingerprint-thread";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-fingerprint-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("computeFingerprintAsync", () => {
  it("gives the synchronous fingerprint, and changes with a file's size, a new file and a deleted one", async () => {
    fs.cpSync("content", path.join(root, "content"), { recursive: true });
    const dir = path.join(root, "content");
    const first = await computeFingerprintAsync(dir);
    expect(first).toBe(computeFingerprint(dir));
    expect(first.split("\n").length).toBeGreaterThan(10);

    const day = path.join(dir, "russia-ukraine", "2024-01-07.md");
    fs.appendFileSync(day, "\n");
    const edited = await computeFingerprintAsync(dir);
    expect(edited).not.toBe(first);
    expect(edited).toBe(computeFingerprint(dir));

    fs.writeFileSync(path.join(dir, "russia-ukraine", "2024-01-08.md"), "---\ntitle: New\n---\n");
    const added = await computeFingerprintAsync(dir);
    expect(added).toContain("2024-01-08.md");
    fs.rmSync(path.join(dir, "russia-ukraine", "2024-01-08.md"));
    const removed = await computeFingerprintAsync(dir);
    expect(removed).not.toContain("2024-01-08.md");
    expect(removed).toBe(computeFingerprint(dir));
  });

  it("is empty for a folder that is not there", async () => {
    expect(await computeFingerprintAsync(path.join(root, "missing"))).toBe("");
  });
});

describe("computeFingerprintOffThread", () => {
  it("gives the synchronous fingerprint, on the main thread where no worker can start (as here, in vitest)", async () => {
    const dir = path.join(root, "off-thread");
    fs.cpSync("content", dir, { recursive: true });
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((message: string) => void errors.push(message));
    try {
      expect(await computeFingerprintOffThread(dir)).toBe(computeFingerprint(dir));
      fs.appendFileSync(path.join(dir, "russia-ukraine", "2024-01-07.md"), "\n");
      expect(await computeFingerprintOffThread(dir)).toBe(computeFingerprint(dir));
    } finally {
      spy.mockRestore();
    }
    expect(errors.filter((message) => message.includes("no worker thread"))).toHaveLength(1);
  });
});
