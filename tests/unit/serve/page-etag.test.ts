import { describe, expect, it } from "vitest";
import { formatEtag } from "@/lib/publish/etag";
import { formatBodyEtag, isNotModified } from "@/lib/serve/page-etag.mjs";

describe("a page's ETag", () => {
  it("is the SHA-1 of the bytes sent, in the same form as the feeds' and the API's", () => {
    const page = "<!DOCTYPE html><html><body><h1>Russia–Ukraine war</h1><p>Day 683 — “quoted”</p></body></html>";
    expect(formatBodyEtag(Buffer.from(page, "utf8"))).toBe(formatEtag(page));
    expect(formatBodyEtag(Buffer.from(page, "utf8"))).toMatch(/^"[\w-]{27}"$/);
    expect(formatBodyEtag(Buffer.from(`${page} `))).not.toBe(formatBodyEtag(Buffer.from(page)));
  });

  it("If-None-Match: 304 for that ETag among others, weak or strong, or *; not for another or none", () => {
    const etag = '"abc"';
    expect(isNotModified('"abc"', etag)).toBe(true);
    expect(isNotModified('W/"abc"', etag)).toBe(true);
    expect(isNotModified('"x", "abc" ,"y"', etag)).toBe(true);
    expect(isNotModified(" * ", etag)).toBe(true);
    expect(isNotModified(['"x"', '"abc"'], etag)).toBe(true);
    expect(isNotModified('"abcd"', etag)).toBe(false);
    expect(isNotModified("abc", etag)).toBe(false);
    expect(isNotModified("", etag)).toBe(false);
    expect(isNotModified(undefined, etag)).toBe(false);
  });
});
