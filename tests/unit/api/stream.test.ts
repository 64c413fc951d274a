import { describe, expect, it } from "vitest";
import { streamText } from "@/lib/api/stream";

describe("streamText", () => {
  it("gives every line in order", async () => {
    const text = await new Response(streamText(3, (i) => `line ${i}\n`, "head\n")).text();
    expect(text).toBe("head\nline 0\nline 1\nline 2\n");
    expect(await new Response(streamText(0, () => "x")).text()).toBe("");
  });

  it("makes lines only as the reader asks for chunks: a slow reader holds about one chunk, not the file", async () => {
    let produced = 0;
    const line = "x".repeat(1_000) + "\n";
    const reader = streamText(10_000, () => (produced++, line)).getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThan(60_000);
    // One chunk read, perhaps one more queued: well under 10 % of the 10 MB.
    expect(produced).toBeLessThan(200);
    let bytes = first.value!.byteLength;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
    expect([produced, bytes]).toEqual([10_000, 10_000 * line.length]);
  });
});
