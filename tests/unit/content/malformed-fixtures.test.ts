import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, isError } from "@/lib/content/issues";
import { FIXTURES } from "../helpers";
import { MALFORMED_EXPECTED, parseMalformed } from "./issue-examples";

/**
 * tests/fixtures/malformed: one broken day's file per targeted mistake, each
 * checked under the file name expected.json gives it. expected.json lists every
 * problem the file must produce, in order, as "line:column code field" — no more,
 * no fewer — so a new, lost or moved problem fails here.
 */
const DIR = path.join(FIXTURES, "malformed");
const CASES = Object.entries(MALFORMED_EXPECTED).map(([file, { fileName, issues }]) => ({ file, fileName, issues }));

describe(`malformed content: ${CASES.length} fixture files, each with its own targeted error`, () => {
  it("covers at least 80 files, all listed", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(fs.readdirSync(DIR).filter((n) => n.endsWith(".md")).sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  it.each(CASES)("$file (as $fileName) → $issues", ({ file, issues: expected }) => {
    const { briefing, issues } = parseMalformed(file);
    expect(briefing).toBeUndefined();
    expect(issues.some(isError)).toBe(true);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.field}`), issues.map((i) => formatIssue(i)).join("\n")).toEqual(expected);
  });
});
