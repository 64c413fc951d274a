import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConflict } from "@/lib/content/parse-conflict";
import { ISSUE_CATALOGUE } from "@/lib/content/issue-catalogue";
import { russiaUkraine, parseDay } from "../helpers";

const CODES = new Set<string>(Object.values(ISSUE_CATALOGUE).map((entry) => entry.code));

// Pieces that steer random text towards the parser's edges: front-matter fences, YAML
// syntax, headings, lists, links, HTML, citation markers and odd characters.
const PIECES = ["---", "\n", "\r\n", "summary: ", "title: ", "sources:\n  - name: ", "  url: ", "  - id: a\n    name: A\n", "[^a]", "[^b]", "[^", "]:", "\\[^a]", "## Battlefield", "## Weapons", "### ", "# ", "- ", "* ", "1. ", "  - ", "[a](", ")", "![b](", "<", ">", "</script>", "javascript:", "&#x6A;", "`", "*", "_", "|", ":", "{", "}", "[", "]", "\"", "'", "\t", "\u0000", "\uFEFF", "\u2028", "😀", "day 683", "2024-01-07"];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(""));

describe("property-based fuzzing of the parser", () => {
  it("never throws on random briefing text and always explains a rejection with a position", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("2024-01-07.md", "2024-02-30.md", "x.md"), (body, fileName) => {
        const started = performance.now();
        const { briefing, issues } = parseDay(`c/${fileName}`, fileName, body, russiaUkraine, { today: "2026-11-29" });
        expect(performance.now() - started).toBeLessThan(2_000); // no pathological blow-up on small inputs
        if (!briefing) expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
          expect(Number.isInteger(issue.column) && issue.column >= 1).toBe(true);
          expect(issue.message).not.toBe("");
          expect(CODES.has(issue.code), issue.code).toBe(true);
        }
      }),
      { numRuns: 3_000, seed: 20261129 },
    );
  });

  it("never throws on random conflict files", () => {
    fc.assert(
      fc.property(text, (body) => {
        const { conflict, issues } = parseConflict("c/_conflict.md", "x", body);
        expect(conflict !== undefined || issues.length > 0).toBe(true);
        for (const issue of issues) expect(CODES.has(issue.code), issue.code).toBe(true);
      }),
      { numRuns: 1_000, seed: 20261129 },
    );
  });

  it("survives large random inputs without hanging", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 2_000, maxLength: 6_000 }), (parts) => {
        parseDay("c/2024-01-07.md", "2024-01-07.md", parts.join(""), russiaUkraine);
      }),
      { numRuns: 50, seed: 20261129 },
    );
  });
});
