import { afterAll, describe, expect, it } from "vitest";
import { ISSUE_CATALOGUE, type IssueName } from "@/lib/content/issue-catalogue";
import { createIssue, formatIssue, isError } from "@/lib/content/issues";
import { buildBrokenFolder, EXAMPLE_SOURCES, MALFORMED_EXPECTED, produceIssues } from "./issue-examples";

const NAMES = Object.keys(ISSUE_CATALOGUE) as IssueName[];
const ENTRIES = NAMES.map((name) => ({ name, ...ISSUE_CATALOGUE[name] }));

describe("the issue catalogue", () => {
  it("keeps every code it ever gave: codes are stable, whatever the wording", () => {
    expect(Object.fromEntries(ENTRIES.map((e) => [e.code, e.name]))).toEqual({
      DB001: "unreadable", DB002: "symlink", DB003: "not-a-file", DB004: "file-too-large", DB005: "not-utf8", DB006: "nul-byte",
      DB007: "stray-file", DB008: "bad-conflict-slug", DB009: "reserved-slug", DB010: "missing-conflict-file", DB011: "missing-content-dir", DB012: "merge-conflict", DB013: "bad-map-file",
      DB101: "no-front-matter", DB102: "front-matter-not-closed", DB103: "malformed-yaml", DB104: "unknown-key", DB105: "missing-field",
      DB106: "wrong-type", DB107: "empty-value", DB108: "too-long", DB109: "invalid-value", DB110: "yaml-alias", DB111: "duplicate-source-id",
      DB112: "unknown-figure", DB113: "invalid-figure-value", DB114: "unknown-figure-source", DB115: "duplicate-figure", DB116: "correction-names-no-figure",
      DB117: "out-of-range", DB118: "duplicate-place", DB119: "unknown-map-object", DB120: "no-map-file",
      DB201: "file-name-not-a-date", DB202: "not-a-calendar-date", DB203: "file-name-not-exact", DB204: "date-mismatch", DB205: "before-start", DB206: "as-of-after-date",
      DB301: "raw-html", DB302: "heading-level", DB303: "unsafe-url", DB304: "list-too-deep", DB305: "unknown-section",
      DB306: "section-twice", DB307: "empty-section", DB308: "no-section", DB309: "empty-item",
      DB310: "unknown-citation", DB311: "misplaced-citation", DB312: "footnote-definition", DB313: "citation-required",
      DB401: "day-number-mismatch", DB402: "future-date", DB403: "source-without-url", DB404: "repeated-item",
      DB405: "uncited-source", DB406: "uncited-item", DB407: "cumulative-figure-fell", DB408: "place-without-coordinates",
    });
  });

  it("gives each entry a unique DBnnn code, a kebab-case name and a title, in code order", () => {
    const codes = ENTRIES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    for (const entry of ENTRIES) {
      expect(entry.code).toMatch(/^DB[0-4]\d\d$/);
      expect(entry.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.title.length).toBeGreaterThan(0);
    }
  });

  it("makes exactly the DB4xx codes warnings", () => {
    for (const entry of ENTRIES) expect(entry.severity, entry.code).toBe(entry.code.startsWith("DB4") ? "warning" : "error");
  });
});

describe("createIssue", () => {
  const at = { file: "content/russia-ukraine/2024-01-07.md", line: 3, column: 1 };

  it("builds a problem from its catalogue entry: code, name, severity, message and hint", () => {
    expect(createIssue("unknown-key", at, "sumary", { key: "sumary", suggestion: "summary", allowed: ["summary"] })).toEqual({
      ...at, code: "DB104", name: "unknown-key", severity: "error", field: "sumary", message: 'unknown key "sumary"', hint: 'did you mean "summary"? Rename the key',
    });
    expect(createIssue("symlink", at, "file")).toMatchObject({ code: "DB002", message: "symbolic links are not allowed in the content directory" });
  });

  it("type-checks names and parameters (tsc --noEmit fails if an @ts-expect-error below stops being an error)", () => {
    const wrong = () => [
      // @ts-expect-error: no such issue
      createIssue("unknown-kee", at, "x", { key: "x", allowed: [] }),
      // @ts-expect-error: unknown-key needs its parameters
      createIssue("unknown-key", at, "x"),
      // @ts-expect-error: a slug is a string
      createIssue("bad-conflict-slug", at, "folder name", { slug: 1 }),
      // @ts-expect-error: symlink takes no parameters
      createIssue("symlink", at, "file", { reason: "x" }),
    ];
    expect(typeof wrong).toBe("function");
  });

  it("prints the code and name last, and warnings as warnings", () => {
    expect(formatIssue(createIssue("no-section", at, "body"))).toBe(
      'content/russia-ukraine/2024-01-07.md:3:1: body: the briefing has no section. Fix: add at least one section: a line "## Battlefield", "## Politics and diplomacy" or "## Weapons", followed by its items [DB308 no-section]',
    );
    const warning = createIssue("future-date", at, "file name", { date: "2026-11-30", today: "2026-11-29" });
    expect(isError(warning)).toBe(false);
    expect(formatIssue(warning)).toMatch(/^content\/russia-ukraine\/2024-01-07\.md:3:1: warning: file name: .+ \[DB402 future-date\]$/);
  });
});

describe("every catalogue entry is reachable", () => {
  const folder = buildBrokenFolder();
  afterAll(() => folder.remove());

  it.each(ENTRIES)("$code $name is produced by its example input", ({ name, code, severity }) => {
    const found = produceIssues(EXAMPLE_SOURCES[name], folder).issues.filter((issue) => issue.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const issue of found) expect(issue).toMatchObject({ name, severity });
  });

  it("the malformed fixtures alone produce every front-matter, file-name and body code (DB1xx–DB3xx) a day's file can have", () => {
    const produced = new Set(Object.values(MALFORMED_EXPECTED).flatMap((e) => e.issues.map((issue) => issue.split(" ")[1])));
    // Only _places.yml (DB117, DB118) and _conflict.md's map: (DB119, DB120) can produce these: tested in parse-places and parse-conflict.
    const notInDays = new Set(["DB117", "DB118", "DB119", "DB120"]);
    const wanted = ENTRIES.map((e) => e.code).filter((code) => /^DB[123]/.test(code) && !notInDays.has(code));
    expect(wanted.filter((code) => !produced.has(code))).toEqual([]);
  });
});
