import { describe, expect, it } from "vitest";
import { formatCodeFrame } from "@/lib/content/code-frame";

describe("formatCodeFrame", () => {
  it("shows the line with a caret under the column, and its neighbours", () => {
    expect(formatCodeFrame("---\nsummary: Fine.\nsumary: A typo.\n---\n", 3, 1)).toBe(
      ["  2 | summary: Fine.", "> 3 | sumary: A typo.", "    | ^", "  4 | ---"].join("\n"),
    );
    expect(formatCodeFrame("a\r\nbb", 2, 2)).toBe(["  1 | a", "> 2 | bb", "    |  ^"].join("\n"));
    expect(formatCodeFrame("a", 5, 1)).toBe("");
  });
});
