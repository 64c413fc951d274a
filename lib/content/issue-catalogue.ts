import { formatLongDate } from "@/lib/dates";
import { formatAcceptedHeadings, SECTION_KEYS, SECTION_LABELS } from "@/lib/sections";

/**
 * Every problem the content checker can report, defined once: a stable code
 * (DB0xx files and folders, DB1xx front matter, DB2xx file name and date, DB3xx
 * body, DB4xx warnings), a kebab-case name, a severity, a title (what it means),
 * and a message and a hint, functions of typed parameters where the text varies.
 * Codes are never reused or renumbered: EDITING.md and editors' tools refer to them.
 */
export interface IssueDefinition<P> {
  code: `DB${number}`;
  severity: "error" | "warning";
  title: string;
  message: string | ((params: P) => string);
  hint: string | ((params: P) => string);
}

/** Defines one entry; `P` is inferred from the first annotated message or hint. */
function define<P = void>(definition: IssueDefinition<P>): IssueDefinition<P> {
  return definition;
}

const NAME_AFTER_DATE = "name each briefing after its day as YYYY-MM-DD.md, e.g. 2024-01-07.md";
const YAML_LINES = 'write one "key: value" per line; quote values that contain ": " or start with a special character';
/** Per-field hints (a zod issue's fix depends on the field, not on the kind of problem). */
type FieldProblem = { problem: string; fieldHint: string };
const fieldHint = (p: { fieldHint: string }) => p.fieldHint;

export const ISSUE_CATALOGUE = {
  // DB0xx: files and folders
  unreadable: define({ code: "DB001", severity: "error", title: "The file could not be read", message: (p: { reason: string }) => `could not be read (${p.reason})`, hint: "check that the file exists and is readable" }),
  symlink: define({ code: "DB002", severity: "error", title: "A symbolic link in the content folder", message: "symbolic links are not allowed in the content directory", hint: "replace the link with the file itself" }),
  "not-a-file": define({ code: "DB003", severity: "error", title: "A folder or device where a day's file should be", message: "is not a regular file", hint: "remove it from the content directory" }),
  "file-too-large": define({ code: "DB004", severity: "error", title: "The file is larger than 1 MiB", message: (p: { size: number; limit: number }) => `is ${p.size} bytes; the limit is ${p.limit}`, hint: "split or shorten the briefing" }),
  "not-utf8": define({ code: "DB005", severity: "error", title: "The file is not UTF-8 text", message: "is not valid UTF-8 text", hint: "save the file as UTF-8 in your editor" }),
  "nul-byte": define({ code: "DB006", severity: "error", title: "The file contains an invisible NUL character", message: "contains a NUL byte", hint: "remove the invisible NUL character (re-save the file as plain UTF-8 text)" }),
  "stray-file": define({ code: "DB007", severity: "error", title: "A file at the top of the content folder", message: "files belong in a conflict's folder, not at the top of the content directory", hint: "move it into content/<conflict>/" }),
  "bad-conflict-slug": define({ code: "DB008", severity: "error", title: "A conflict folder whose name is not a slug", message: (p: { slug: string }) => `"${p.slug}" is not a valid conflict slug`, hint: "use lowercase letters, digits and hyphens, e.g. russia-ukraine" }),
  "reserved-slug": define({ code: "DB009", severity: "error", title: "A conflict folder named like a page of the site", message: (p: { slug: string }) => `"${p.slug}" is reserved for a page of the site`, hint: "choose another slug, e.g. a longer, more specific name" }),
  "missing-conflict-file": define({ code: "DB010", severity: "error", title: "A conflict folder without _conflict.md", message: "the conflict has no _conflict.md", hint: "add _conflict.md with front matter name: … and start: YYYY-MM-DD" }),
  "missing-content-dir": define({ code: "DB011", severity: "error", title: "The content folder does not exist", message: "the content directory does not exist", hint: "create it, or point CONTENT_DIR at the folder that holds the conflicts" }),
  "bad-map-file": define({
    code: "DB013", severity: "error", title: "A base map (_map.topo.json) that is not valid TopoJSON",
    message: (p: { reason: string }) => p.reason,
    hint: 'save the base map as TopoJSON (see EDITING.md, "Places and maps"), e.g. made with npm run map:simplify',
  }),

  // DB1xx: front matter
  "no-front-matter": define({ code: "DB101", severity: "error", title: "The file does not start with front matter", message: "the file does not start with front matter", hint: 'begin the file with a line "---", then fields such as summary: …, then another "---"' }),
  "front-matter-not-closed": define({ code: "DB102", severity: "error", title: "The front matter has no closing ---", message: "the front matter is never closed", hint: 'add a line "---" after the last front-matter field' }),
  "malformed-yaml": define({ code: "DB103", severity: "error", title: "The front matter is not valid YAML", message: (p: { reason: string }) => `malformed YAML: ${p.reason}`, hint: YAML_LINES }),
  "unknown-key": define({
    code: "DB104", severity: "error", title: "A front-matter key the format does not have",
    message: (p: { key: string; suggestion?: string; allowed: readonly string[] }) => `unknown key "${p.key}"`,
    hint: (p) => (p.suggestion ? `did you mean "${p.suggestion}"? Rename the key` : `remove it; allowed keys are ${p.allowed.join(", ")}`),
  }),
  "missing-field": define({ code: "DB105", severity: "error", title: "A required field is missing", message: "is required but missing", hint: fieldHint }),
  "wrong-type": define({ code: "DB106", severity: "error", title: "A field holds the wrong kind of value", message: (p: { expected: string; actual: string; fieldHint: string }) => `must be ${p.expected}, not ${p.actual}`, hint: fieldHint }),
  "empty-value": define({ code: "DB107", severity: "error", title: "A field or list entry is empty", message: (p: { list: boolean; fieldHint: string }) => (p.list ? "must not be an empty list" : "must not be empty"), hint: fieldHint }),
  "too-long": define({ code: "DB108", severity: "error", title: "A field is longer than its limit", message: (p: { length?: number; maximum: number | bigint; fieldHint: string }) => `is ${p.length ?? "too many"} characters long; the limit is ${p.maximum}`, hint: fieldHint }),
  "invalid-value": define({ code: "DB109", severity: "error", title: "A field's value is not valid (a date, URL or name)", message: (p: FieldProblem) => p.problem, hint: fieldHint }),
  "yaml-alias": define({ code: "DB110", severity: "error", title: "A YAML alias (*name) that cannot be resolved", message: (p: { reason: string }) => `malformed YAML: ${p.reason}`, hint: "remove the YAML alias (*name) and write the value itself" }),
  "out-of-range": define({
    code: "DB112", severity: "error", title: "A number outside its allowed range (a latitude or longitude)",
    message: (p: { value: number; bound: number | bigint; side: "minimum" | "maximum"; fieldHint: string }) => `is ${p.value}, ${p.side === "minimum" ? "below" : "above"} the ${p.side} ${p.bound}`,
    hint: fieldHint,
  }),
  "duplicate-place": define({
    code: "DB113", severity: "error", title: "A place name or alias given twice in _places.yml",
    message: (p: { name: string; firstLine: number }) => `"${p.name}" is already a name or alias on line ${p.firstLine}`,
    hint: "give each spelling to one place only: remove it here, or merge the two entries",
  }),
  "unknown-map-object": define({
    code: "DB114", severity: "error", title: "map: names an object that _map.topo.json does not have",
    message: (p: { object: string; objects: readonly string[] }) => `"${p.object}" is not an object of _map.topo.json`,
    hint: (p) => `name one of its objects: ${p.objects.join(", ") || "(it has none)"}`,
  }),
  "no-map-file": define({
    code: "DB115", severity: "error", title: "map: names objects, but the conflict has no _map.topo.json",
    message: (p: { object: string }) => `names the object "${p.object}", but the conflict has no _map.topo.json`,
    hint: "add the base map as _map.topo.json beside _conflict.md, or remove outline, regions, lakes and rivers to draw the world map",
  }),

  // DB2xx: file name and date
  "file-name-not-a-date": define({ code: "DB201", severity: "error", title: "A day's file not named after a date", message: (p: { fileName: string }) => `"${p.fileName}" is not named after a date`, hint: NAME_AFTER_DATE }),
  "not-a-calendar-date": define({ code: "DB202", severity: "error", title: "A file name that is not a real calendar date", message: (p: { fileName: string }) => `"${p.fileName}" is not a real calendar date`, hint: NAME_AFTER_DATE }),
  "file-name-not-exact": define({
    code: "DB203", severity: "error", title: "A file name with more than YYYY-MM-DD.md",
    message: (p: { fileName: string; date: string }) => `"${p.fileName}" is not exactly YYYY-MM-DD.md`,
    hint: (p) => `rename it to ${p.date}.md; if that file exists already, merge the two (one file per day)`,
  }),
  "date-mismatch": define({ code: "DB204", severity: "error", title: "date: disagrees with the file name", message: (p: { date: string; fileDate: string }) => `${p.date} disagrees with the file name's date ${p.fileDate}`, hint: (p) => `write date: ${p.fileDate}, or rename the file if the date is right` }),
  "before-start": define({
    code: "DB205", severity: "error", title: "A day before the conflict's start",
    message: (p: { date: string; conflict: string; start: string }) => `${p.date} is before day 1 of the ${p.conflict}, ${formatLongDate(p.start)}`,
    hint: (p) => `rename the file to a date on or after ${p.start}, or correct "start" in _conflict.md`,
  }),

  // DB3xx: body
  "raw-html": define({ code: "DB301", severity: "error", title: "Raw HTML in the Markdown", message: (p: { snippet: string }) => `raw HTML is not allowed: ${JSON.stringify(p.snippet.slice(0, 60))}`, hint: 'write it as Markdown instead; to show a literal "<", write \\<' }),
  "heading-level": define({
    code: "DB302", severity: "error", title: "A heading other than ## in a briefing",
    message: (p: { level: number }) => `a level-${p.level} heading is not allowed`,
    hint: `use "## " headings for the sections (${SECTION_KEYS.map((k) => SECTION_LABELS[k]).join(", ")}); put a headline in the front-matter "title", and use **bold** text instead of sub-headings`,
  }),
  "unsafe-url": define({ code: "DB303", severity: "error", title: "A link or image whose URL scheme is not allowed", message: (p: { kind: "link" | "image"; scheme: string }) => `the ${p.kind} URL scheme "${p.scheme}" is not allowed`, hint: "link only to http://, https:// or mailto: addresses, or to a relative path" }),
  "list-too-deep": define({ code: "DB304", severity: "error", title: "A list nested too deeply", message: (p: { max: number }) => `a list is nested more than ${p.max} levels deep`, hint: "flatten the list: a briefing item needs at most a few levels" }),
  "unknown-section": define({ code: "DB305", severity: "error", title: "A ## heading that names no section", message: (p: { text: string }) => `"## ${p.text}" is not a section of a briefing`, hint: `use one of the section headings: ${formatAcceptedHeadings()}` }),
  "section-twice": define({ code: "DB306", severity: "error", title: "The same section twice", message: (p: { heading: string; firstLine: number }) => `the section "${p.heading}" appears twice (first on line ${p.firstLine})`, hint: "merge the items into the first section and remove this heading" }),
  "empty-section": define({ code: "DB307", severity: "error", title: "A section without items", message: (p: { heading: string }) => `the section "${p.heading}" is empty`, hint: 'add at least one item (a "- " list item or a paragraph) under the heading, or remove the heading' }),
  "no-section": define({ code: "DB308", severity: "error", title: "A briefing without any section", message: "the briefing has no section", hint: 'add at least one section: a line "## Battlefield", "## Politics and diplomacy" or "## Weapons", followed by its items' }),
  "empty-item": define({ code: "DB309", severity: "error", title: "An empty list item", message: "an item is empty", hint: 'write the item\'s text after the "- ", or delete the line' }),

  // DB4xx: warnings (printed; the check still passes)
  "day-number-mismatch": define({
    code: "DB401", severity: "warning", title: "A typed day number that is not the computed one",
    message: (p: { said: string; date: string; day: number; conflict: string }) => `says "${p.said}", but ${formatLongDate(p.date)} is day ${p.day} of the ${p.conflict}`,
    hint: (p) => `write day ${p.day}, or leave the number out: the page shows the computed day`,
  }),
  "future-date": define({ code: "DB402", severity: "warning", title: "A day in the future", message: (p: { date: string; today: string }) => `${p.date} is in the future (today is ${p.today})`, hint: "check the date in the file name; a briefing is written on or after its day" }),
  "source-without-url": define({ code: "DB403", severity: "warning", title: "A source without a URL", message: (p: { name: string }) => `"${p.name}" has no URL`, hint: "add url: https://… when you know the address of the report" }),
  "repeated-item": define({ code: "DB404", severity: "warning", title: "The same item twice in one briefing", message: (p: { firstLine: number }) => `this item repeats the item on line ${p.firstLine}`, hint: "delete one of the two, or say what is new" }),
  "place-without-coordinates": define({
    code: "DB407", severity: "warning", title: "A place with no entry in _places.yml",
    message: (p: { name: string }) => `no coordinates for "${p.name}"`,
    hint: "add it to _places.yml with its lat and lon, or add this spelling to the aliases of its entry; until then it is left off the maps",
  }),
} satisfies Record<string, IssueDefinition<never>>;

export type IssueName = keyof typeof ISSUE_CATALOGUE;
/** The parameters an issue's message and hint need (`void` when they need none). */
export type ParamsOf<N extends IssueName> = (typeof ISSUE_CATALOGUE)[N] extends IssueDefinition<infer P> ? P : never;
