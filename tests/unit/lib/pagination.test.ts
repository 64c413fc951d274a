import { describe, expect, it } from "vitest";
import { computePage, parsePageNumber } from "@/lib/pagination";

describe("pagination", () => {
  it("numbers pages from 2 in addresses; 1, leading zeros and words are not page numbers", () => {
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("120")).toBe(120);
    for (const value of ["1", "0", "02", "-2", "2.5", "x", ""]) expect(parsePageNumber(value)).toBeUndefined();
  });

  it("splits a list into pages of 50 and refuses pages past the last", () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(computePage(items, 1)).toEqual({ items: items.slice(0, 50), page: 1, pages: 3 });
    expect(computePage(items, 3)).toEqual({ items: items.slice(100), page: 3, pages: 3 });
    expect(computePage(items, 4)).toBeUndefined();
    expect(computePage(items, 0)).toBeUndefined();
    expect(computePage([], 1)).toEqual({ items: [], page: 1, pages: 1 });
    expect(computePage(items.slice(0, 50), 2)).toBeUndefined();
  });
});
