import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { readFixture, russiaUkraine, parseDay } from "./helpers";

function issuesOf(fixture: string, fileName = "2024-01-07.md") {
  const file = `content/russia-ukraine/${fileName}`;
  const result = parseDay(file, fileName, readFixture(`briefings/broken/${fixture}`), russiaUkraine);
  expect(result.briefing).toBeUndefined();
  return result.issues.map((issue) => formatIssue(issue));
}

const P = "content/russia-ukraine/2024-01-07.md";

/** Each broken fixture and the exact problem line(s) it must produce. */
const CASES: [fixture: string, expected: (string | RegExp)[]][] = [
  ["malformed-yaml.md", [new RegExp(`^${P}:2:10: front matter: malformed YAML: .+\\. Fix: write one "key: value" per line`)]],
  ["missing-summary.md", [`${P}:2:1: summary: is required but missing. Fix: write a summary of 1–300 characters, e.g. summary: "Russian missiles strike Pokrovsk; …"`]],
  ["summary-too-long.md", [`${P}:2:10: summary: is 301 characters long; the limit is 300. Fix: write a summary of 1–300 characters, e.g. summary: "Russian missiles strike Pokrovsk; …"`]],
  ["unknown-key.md", [`${P}:3:1: sumary: unknown key "sumary". Fix: did you mean "summary"? Rename the key`]],
  ["bad-source-url.md", [`${P}:5:10: sources[0].url: must be an absolute http:// or https:// URL. Fix: give an absolute http:// or https:// URL, or remove the url line`]],
  ["bad-updated.md", [`${P}:3:10: updated: must be an ISO 8601 date-time with a time zone. Fix: write an ISO 8601 date-time with a time zone, e.g. updated: 2024-01-07T18:30:00Z`]],
  ["draft-not-boolean.md", [`${P}:3:8: draft: must be a boolean, not string "maybe". Fix: write draft: true or draft: false`]],
  ["date-mismatch.md", [`${P}:3:7: date: 2024-01-08 disagrees with the file name's date 2024-01-07. Fix: write date: 2024-01-07, or rename the file if the date is right`]],
  ["unknown-heading.md", [/^content\/russia-ukraine\/2024-01-07\.md:7:1: heading: "## Economy" is not a section of a briefing\. Fix: use one of the section headings: "Battlefield", "Fighting", "On the battlefield"; /]],
  ["duplicate-section.md", [`${P}:10:1: heading: the section "Battlefield" appears twice (first on line 4). Fix: merge the items into the first section and remove this heading`]],
  ["empty-section.md", [`${P}:4:1: body: the section "Battlefield" is empty. Fix: add at least one item (a "- " list item or a paragraph) under the heading, or remove the heading`]],
  ["no-section.md", [/^content\/russia-ukraine\/2024-01-07\.md:4:1: body: the briefing has no section\. Fix: add at least one section: a line "## Battlefield"/]],
  ["raw-html.md", [`${P}:5:16: body: raw HTML is not allowed: "<b onclick=\\"alert(1)\\">". Fix: write it as Markdown instead; to show a literal "<", write \\<`]],
  ["javascript-link.md", [`${P}:5:29: body: the link URL scheme "javascript:" is not allowed. Fix: link only to http://, https:// or mailto: addresses, or to a relative path`]],
  ["data-image.md", [`${P}:5:22: body: the image URL scheme "data:" is not allowed. Fix: link only to http://, https:// or mailto: addresses, or to a relative path`]],
  ["sub-heading.md", [/^content\/russia-ukraine\/2024-01-07\.md:5:1: heading: a level-3 heading is not allowed\. Fix: use "## " headings/]],
  ["no-front-matter.md", [`${P}:1:1: front matter: the file does not start with front matter. Fix: begin the file with a line "---", then fields such as summary: …, then another "---"`]],
  ["unclosed-front-matter.md", [`${P}:1:1: front matter: the front matter is never closed. Fix: add a line "---" after the last front-matter field`, /no section/]],
  ["duplicate-key.md", [/^content\/russia-ukraine\/2024-01-07\.md:3:1: front matter: malformed YAML: Map keys must be unique/]],
];

describe("parseBriefing reports each kind of error with its position, wording and fix", () => {
  it.each(CASES)("%s", (fixture, expected) => {
    const lines = issuesOf(fixture);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((want, index) => {
      if (typeof want === "string") expect(lines[index]).toBe(want);
      else expect(lines[index]).toMatch(want);
    });
  });

  it("rejects a file name that is not a real calendar date", () => {
    const lines = issuesOf("../minimal.md", "2024-02-30.md");
    expect(lines).toEqual([
      'content/russia-ukraine/2024-02-30.md:1:1: file name: "2024-02-30.md" is not a real calendar date. Fix: name each briefing after its day as YYYY-MM-DD.md, e.g. 2024-01-07.md',
    ]);
  });

  it("rejects a file name that is not a date at all", () => {
    expect(issuesOf("../minimal.md", "latest.md")[0]).toMatch(/latest\.md:1:1: file name: "latest\.md" is not named after a date/);
  });

  it("rejects a date before the conflict's start", () => {
    expect(issuesOf("../minimal.md", "2022-02-23.md")).toEqual([
      "content/russia-ukraine/2022-02-23.md:1:1: file name: 2022-02-23 is before day 1 of the Russia–Ukraine war, Thursday, 24 February 2022. Fix: rename the file to a date on or after 2022-02-24, or correct \"start\" in _conflict.md",
    ]);
  });

  it("reports every problem of a file at once", () => {
    const text = "---\nsumary: x\ndraft: 3\n---\n## Economy\n- a\n## Weapons\n";
    const result = parseDay("x/2024-02-30.md", "2024-02-30.md", text, russiaUkraine);
    const fields = result.issues.map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(["file name", "summary", "sumary", "draft", "heading", "body"]));
    expect(result.issues).toHaveLength(6);
  });
});
