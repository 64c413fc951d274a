import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "@/lib/content";
import { ISSUE_CATALOGUE, type IssueName } from "@/lib/content/issue-catalogue";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { parseConflict } from "@/lib/content/parse-conflict";
import { parsePlaces } from "@/lib/content/parse-places";
import { readText } from "@/lib/content/read-text";
import { FIXTURES, parseDay, russiaUkraine } from "../helpers";

/**
 * One input that produces each problem of the catalogue: a file of
 * tests/fixtures/malformed (under the file name its expected.json gives), a day's
 * or a `_conflict.md` text, or the broken content folder built below. Typed by
 * IssueName, so a new catalogue entry without an input does not compile.
 */
type Source =
  | { fixture: string }
  | { day: string; fileName?: string }
  | { conflict: string; mapObjects?: readonly string[] }
  | { places: string }
  | { folder: true }
  | { days: Record<string, string> };

const DAY = (front: string, body = "## Battlefield\n- An item.\n") => `---\nsummary: A summary.\n${front}---\n${body}`;

/** A day reporting the UN's count of civilians killed (for the warning across days, DB407). */
const FIGURE_DAY = (value: number) =>
  DAY(
    `sources:\n  - id: un-hrmmu\n    name: UN Human Rights Monitoring Mission in Ukraine\n    url: https://ukraine.un.org/en/\nfigures:\n  - key: civilians-killed\n    value: ${value}\n    source: un-hrmmu\n`,
    "## Battlefield\n- The UN updated its count of civilian deaths.[^un-hrmmu]\n",
  );

/** The conflict of the multi-day examples, declaring the figures of tests/unit/helpers.ts. */
const FIGURE_CONFLICT = `---\nname: Russia–Ukraine war\nstart: 2022-02-24\nfigures:\n${(russiaUkraine.figures ?? [])
  .map((f) => `  - key: ${f.key}\n    label: ${JSON.stringify(f.label)}\n    unit: ${f.unit}\n    cumulative: ${f.cumulative}\n`)
  .join("")}---\n`;

export const EXAMPLE_SOURCES: Record<IssueName, Source> = {
  unreadable: { folder: true },
  symlink: { folder: true },
  "not-a-file": { folder: true },
  "file-too-large": { folder: true },
  "not-utf8": { folder: true },
  "nul-byte": { folder: true },
  "stray-file": { folder: true },
  "bad-conflict-slug": { folder: true },
  "reserved-slug": { folder: true },
  "missing-conflict-file": { folder: true },
  "missing-content-dir": { folder: true },
  "merge-conflict": { fixture: "91-merge-conflict-in-body.md" },
  "bad-map-file": { folder: true },
  "no-front-matter": { fixture: "12-no-front-matter.md" },
  "front-matter-not-closed": { fixture: "13-front-matter-not-closed.md" },
  "malformed-yaml": { fixture: "76-yaml-unclosed-quote-before-a-key.md" },
  "unknown-key": { fixture: "46-unknown-key-typo.md" },
  "missing-field": { conflict: "---\nname: Some war\n---\n" },
  "wrong-type": { fixture: "33-draft-string.md" },
  "empty-value": { fixture: "16-summary-empty.md" },
  "too-long": { fixture: "22-summary-too-long.md" },
  "invalid-value": { fixture: "77-sources-url-javascript.md" },
  "yaml-alias": { fixture: "09-yaml-alias-undefined.md" },
  "duplicate-source-id": { fixture: "85-source-id-twice.md" },
  "unknown-figure": { fixture: "93-figure-unknown-key.md" },
  "invalid-figure-value": { fixture: "94-figure-value-thousands-separators.md" },
  "unknown-figure-source": { fixture: "98-figure-source-unknown.md" },
  "duplicate-figure": { fixture: "100-figure-twice.md" },
  "correction-names-no-figure": { fixture: "101-correction-names-no-figure.md" },
  "out-of-range": { places: "- name: Pokrovsk\n  lat: 148.2833\n  lon: 37.1833\n" },
  "duplicate-place": { places: "- name: Kyiv\n  aliases: [Kiev]\n  lat: 50.45\n  lon: 30.5233\n- name: Kiev\n  lat: 50.45\n  lon: 30.52\n" },
  "unknown-map-object": { conflict: "---\nname: Some war\nstart: 2022-02-24\nmap: { outline: countries, regions: oblasts }\n---\n", mapObjects: ["countries", "regions"] },
  "no-map-file": { conflict: "---\nname: Some war\nstart: 2022-02-24\nmap: { outline: countries }\n---\n" },
  "file-name-not-a-date": { fixture: "66-name-not-a-date.md" },
  "not-a-calendar-date": { fixture: "67-name-impossible-date.md" },
  "file-name-not-exact": { fixture: "70-name-copy-of-a-day.md" },
  "date-mismatch": { fixture: "26-date-mismatch.md" },
  "before-start": { fixture: "71-name-before-start.md" },
  "as-of-after-date": { fixture: "99-figure-as-of-after-date.md" },
  "raw-html": { fixture: "80-raw-html-inline-with-attribute.md" },
  "heading-level": { fixture: "83-heading-h3-under-a-section.md" },
  "unsafe-url": { fixture: "79-link-javascript-mid-line.md" },
  "list-too-deep": { fixture: "75-deeply-nested-list.md" },
  "unknown-section": { fixture: "84-heading-unknown-after-a-section.md" },
  "section-twice": { fixture: "81-section-twice-under-an-alias.md" },
  "empty-section": { fixture: "82-section-empty-blank-line.md" },
  "no-section": { fixture: "56-no-section.md" },
  "empty-item": { fixture: "58-item-empty.md" },
  "unknown-citation": { fixture: "86-citation-unknown-id.md" },
  "misplaced-citation": { fixture: "87-citation-mid-item.md" },
  "footnote-definition": { fixture: "88-footnote-definition.md" },
  "citation-required": { fixture: "89-citation-required-uncited-item.md" },
  "day-number-mismatch": { day: DAY('title: "Day 684: strikes"\n') },
  "future-date": { day: DAY(""), fileName: "2026-11-30.md" },
  "source-without-url": { day: DAY("sources:\n  - name: Reuters\n") },
  "repeated-item": { day: DAY("", "## Battlefield\n- Shelling in Kherson.\n\n## Weapons\n- Aid.\n- shelling  in Kherson.\n") },
  "uncited-source": { day: DAY("sources:\n  - id: ap-kyiv\n    name: AP\n    url: https://apnews.com/\n", "## Battlefield\n- Drones struck Kyiv overnight.\n") },
  "uncited-item": { day: DAY("", "## Battlefield\n- Drones struck Kyiv overnight.\n") },
  "cumulative-figure-fell": { days: { "2024-01-07.md": FIGURE_DAY(10200), "2024-01-09.md": FIGURE_DAY(9800) } },
  "place-without-coordinates": { folder: true },
};

const MALFORMED = path.join(FIXTURES, "malformed");
/**
 * Each fixture of tests/fixtures/malformed: the file name it is checked under, the
 * conflict's citation policy when it is not the default, and "line:column code field" per issue.
 */
export const MALFORMED_EXPECTED: Record<string, { fileName: string; citations?: "required"; issues: string[] }> = JSON.parse(
  fs.readFileSync(path.join(MALFORMED, "expected.json"), "utf8"),
);

/** Parses a malformed fixture as content/russia-ukraine/<its file name>, on 29 November 2026. */
export function parseMalformed(fixture: string) {
  const { fileName = "2024-01-07.md", citations } = MALFORMED_EXPECTED[fixture] ?? {};
  const conflict = citations ? { ...russiaUkraine, citations } : russiaUkraine;
  return parseDay(`content/russia-ukraine/${fileName}`, fileName, fs.readFileSync(path.join(MALFORMED, fixture), "utf8"), conflict, { today: "2026-11-29" });
}

/** Issues and how to print them: paths relative to the folder that holds content/. */
export interface Produced {
  issues: ContentIssue[];
  format: (issue: ContentIssue) => string;
}

/**
 * A content folder under a temporary directory with one of each file and folder
 * problem (DB0xx), read as the checker reads it, and a missing one; printed paths
 * start with content/. Call `remove` when done.
 */
export function buildBrokenFolder(): Produced & { remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-issues-"));
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-no-content-"));
  const content = path.join(root, "content");
  const war = path.join(content, "russia-ukraine");
  fs.mkdirSync(war, { recursive: true });
  fs.writeFileSync(path.join(war, "_conflict.md"), "---\nname: Russia–Ukraine war\nstart: 2022-02-24\n---\n");
  fs.writeFileSync(path.join(war, "2024-01-01.md"), "---\nsummary: s\n---\n## Battlefield\n- a\u0000b\n");
  fs.writeFileSync(path.join(war, "2024-01-02.md"), Buffer.concat([Buffer.from("---\nsummary: caf"), Buffer.from([0xe9]), Buffer.from("\n---\n## Battlefield\n- a\n")]));
  fs.writeFileSync(path.join(war, "2024-01-03.md"), `---\nsummary: s\n---\n## Battlefield\n${"- a long item of filler text\n".repeat(40_000)}`);
  fs.symlinkSync("_conflict.md", path.join(war, "2024-01-04.md"));
  fs.mkdirSync(path.join(war, "2024-01-05.md"));
  fs.writeFileSync(path.join(content, "notes.txt"), "A note.\n");
  // A base map whose object uses an arc the file does not have, and a day naming a place the gazetteer lacks.
  fs.writeFileSync(path.join(war, "_map.topo.json"), '{"type":"Topology","objects":{"countries":{"type":"LineString","arcs":[5]}},"arcs":[[[0,0],[1,1]]]}\n');
  fs.writeFileSync(path.join(war, "_places.yml"), "- name: Pokrovsk\n  lat: 48.2833\n  lon: 37.1833\n");
  fs.writeFileSync(path.join(war, "2024-01-07.md"), "---\nsummary: Strikes.\nplaces: [Pokrovsk, Avdiivka]\n---\n## Battlefield\n- Strikes.\n");
  for (const folder of ["Bad_Slug", "search", "some-war"]) fs.mkdirSync(path.join(content, folder));
  const read = readText(path.join(war, "2024-01-06.md")); // no such file: it cannot be read
  const issues = [...loadContent(content).issues, ...("issue" in read ? [read.issue] : []), ...loadContent(path.join(empty, "content")).issues];
  return {
    issues,
    format: (issue) => formatIssue(issue, issue.file.startsWith(empty) ? empty : root),
    remove: () => [root, empty].forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })),
  };
}

/** Days of one conflict written to a temporary content folder and read as the checker reads them; printed paths start with content/. */
function readDays(days: Record<string, string>): Produced {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-days-"));
  try {
    const war = path.join(root, "content", "russia-ukraine");
    fs.mkdirSync(war, { recursive: true });
    fs.writeFileSync(path.join(war, "_conflict.md"), FIGURE_CONFLICT);
    for (const [name, text] of Object.entries(days)) fs.writeFileSync(path.join(war, name), text);
    const issues = loadContent(path.join(root, "content")).issues;
    return { issues, format: (issue) => formatIssue(issue, root) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The issues an example source produces (`folder` is the broken folder, built once by the caller). */
export function produceIssues(source: Source, folder: Produced): Produced {
  const format = (issue: ContentIssue) => formatIssue(issue);
  if ("fixture" in source) return { issues: parseMalformed(source.fixture).issues, format };
  if ("day" in source) {
    const fileName = source.fileName ?? "2024-01-07.md";
    return { issues: parseDay(`content/russia-ukraine/${fileName}`, fileName, source.day, russiaUkraine, { today: "2026-11-29" }).issues, format };
  }
  if ("conflict" in source) return { issues: parseConflict("content/some-war/_conflict.md", "some-war", source.conflict, source.mapObjects).issues, format };
  if ("places" in source) return { issues: parsePlaces("content/russia-ukraine/_places.yml", source.places).issues, format };
  if ("days" in source) return readDays(source.days);
  return folder;
}

/** The example line EDITING.md shows for a problem: the first one its source produces, as the checker prints it. */
export function formatExample(name: IssueName, folder: Produced): string | undefined {
  const { issues, format } = produceIssues(EXAMPLE_SOURCES[name], folder);
  const issue = issues.find((i) => i.code === ISSUE_CATALOGUE[name].code);
  return issue && format(issue);
}
