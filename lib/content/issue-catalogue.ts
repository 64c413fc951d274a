import { formatLongDate } from "@/lib/dates";
import { formatNumber } from "@/lib/format";
import { formatAcceptedHeadings, SECTION_KEYS, SECTION_LABELS } from "@/lib/sections";

/**
 * Every problem the content checker can report, defined once: a stable code
 * (DB0xx files, folders and whole-file checks, DB1xx front matter, DB2xx file name and date, DB3xx
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
  // DB0xx: files, folders and whole-file checks
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
  // A whole-file check that runs before any parsing (front matter or body alike), like not-utf8 and nul-byte.
  "merge-conflict": define({
    code: "DB012", severity: "error", title: "Unresolved git merge conflict markers (<<<<<<<, =======, >>>>>>>)",
    message: (p: { marker: string; role: string }) => `unresolved merge conflict: keep one version and delete the markers (${JSON.stringify(p.marker)} ${p.role})`,
    hint: "keep the lines of the version that is right, then delete the other version and every marker line (<<<<<<<, ======= and >>>>>>>)",
  }),
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
  "duplicate-source-id": define({
    code: "DB111", severity: "error", title: "Two sources with the same id",
    message: (p: { id: string; firstLine: number }) => `"${p.id}" is already the id of the source on line ${p.firstLine}`,
    hint: "give each source its own id, e.g. reuters-pokrovsk and reuters-kyiv; if both entries are the same report, merge them",
  }),
  "unknown-figure": define({
    code: "DB112", severity: "error", title: "A figure key the conflict does not declare",
    message: (p: { key: string; conflict: string; suggestion?: string; keys: readonly string[] }) => `"${p.key}" is not a figure the ${p.conflict} tracks`,
    hint: (p) =>
      p.suggestion
        ? `did you mean "${p.suggestion}"? Use a key declared under figures: in _conflict.md`
        : p.keys.length > 0
          ? `use one of the keys declared under figures: in _conflict.md (${p.keys.join(", ")}), or declare this one there first`
          : `declare it first under figures: in _conflict.md (- key: ${p.key}, label: …, unit: …)`,
  }),
  "invalid-figure-value": define({
    code: "DB113", severity: "error", title: "A figure's value that is not a plain number of zero or more",
    message: (p: { problem: "separators" | "not-a-number" | "negative"; shown: string; plain?: string }) =>
      p.problem === "separators" ? `${p.shown} is written with thousands separators` : p.problem === "negative" ? `${p.shown} is negative` : `must be a number, not ${p.shown}`,
    hint: (p) =>
      p.problem === "separators"
        ? `write the plain number, value: ${p.plain}; the page adds the separators`
        : p.problem === "negative"
          ? "write the figure itself, zero or more; a running total that fell is reported as its new, lower value"
          : "write the figure as a plain number, e.g. value: 10200, and put any words in note:",
  }),
  "unknown-figure-source": define({
    code: "DB114", severity: "error", title: "A figure whose source is not one of the day's sources",
    message: (p: { source: string; suggestion?: string; ids: readonly string[] }) => `"${p.source}" is not the id of one of this day's sources`,
    hint: (p) =>
      p.suggestion
        ? `did you mean "${p.suggestion}"? Give the id of the source that reports the figure`
        : p.ids.length > 0
          ? `give the id of the source that reports the figure (${p.ids.join(", ")}), or add that source under sources: with this id`
          : "list the source that reports the figure under sources: with an id (- id: un-hrmmu, name: …, url: https://…) and give that id here",
  }),
  "duplicate-figure": define({
    code: "DB115", severity: "error", title: "The same figure twice in one file",
    message: (p: { key: string; firstLine: number; declared: boolean }) => `"${p.key}" is already ${p.declared ? "declared" : "reported"} on line ${p.firstLine}`,
    hint: (p) => (p.declared ? "declare each figure once; remove or rename this entry" : "report each figure once a day: keep the one the day's sources give, and put any other number in a note or an item"),
  }),
  "correction-names-no-figure": define({
    code: "DB116", severity: "error", title: "A correction naming a figure the day does not report",
    message: (p: { figure: string; keys: readonly string[] }) => `"${p.figure}" is not one of this day's figures`,
    hint: (p) =>
      p.keys.length > 0
        ? `name the figure it corrects (${p.keys.join(", ")}), or remove the figure: line`
        : "remove the figure: line; a correction names a figure only when the day reports it",
  }),
  "out-of-range": define({
    code: "DB117", severity: "error", title: "A number outside its allowed range (a latitude or longitude)",
    message: (p: { value: number; bound: number | bigint; side: "minimum" | "maximum"; fieldHint: string }) => `is ${p.value}, ${p.side === "minimum" ? "below" : "above"} the ${p.side} ${p.bound}`,
    hint: fieldHint,
  }),
  "duplicate-place": define({
    code: "DB118", severity: "error", title: "A place name or alias given twice in _places.yml",
    message: (p: { name: string; firstLine: number }) => `"${p.name}" is already a name or alias on line ${p.firstLine}`,
    hint: "give each spelling to one place only: remove it here, or merge the two entries",
  }),
  "unknown-map-object": define({
    code: "DB119", severity: "error", title: "map: names an object that _map.topo.json does not have",
    message: (p: { object: string; objects: readonly string[] }) => `"${p.object}" is not an object of _map.topo.json`,
    hint: (p) => `name one of its objects: ${p.objects.join(", ") || "(it has none)"}`,
  }),
  "no-map-file": define({
    code: "DB120", severity: "error", title: "map: names objects, but the conflict has no _map.topo.json",
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
  "as-of-after-date": define({
    code: "DB206", severity: "error", title: "A figure's as_of date after the file's date",
    message: (p: { asOf: string; date: string }) => `${p.asOf} is after the file's date ${p.date}`,
    hint: (p) => `a figure reported on ${p.date} stands at that date or earlier: write the date the source gives for it, or report it in the file of ${p.asOf}`,
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
  "unknown-citation": define({
    code: "DB310", severity: "error", title: "A citation marker that names no source",
    message: (p: { marker: string; ids: readonly string[] }) => `the marker "${p.marker}" names no source`,
    hint: (p) =>
      p.ids.length > 0
        ? `cite one of this briefing's source ids (${p.ids.join(", ")}), or give the source it means that id in the front matter`
        : "give the source it means an id in the front matter (sources: - id: reuters-pokrovsk, name: Reuters, url: https://…) and cite that id",
  }),
  "misplaced-citation": define({
    code: "DB311", severity: "error", title: "A citation marker that is not at the end of an item",
    message: (p: { marker: string; place: "item" | "paragraph" | "front matter" }) =>
      p.place === "front matter" ? `the marker "${p.marker}" is in the front matter, where it cites nothing` : `the marker "${p.marker}" is not at the end of its ${p.place}`,
    hint: (p) =>
      p.place === "front matter"
        ? "cite in the body: put the marker at the end of the item the fact comes from, and remove it here"
        : `move it to the very end of the ${p.place}, e.g. "… were killed.${p.marker}": a marker cites the whole ${p.place}; to show the text itself, write it as code, \`${p.marker}\``,
  }),
  "footnote-definition": define({
    code: "DB312", severity: "error", title: "A footnote definition ([^id]: …) in the body",
    message: (p: { label: string }) => `"[^${p.label}]: …" is a footnote definition, which briefings do not use`,
    hint: "list the source under sources: in the front matter with an id (- id: reuters-pokrovsk, name: Reuters, url: https://…), cite it with [^reuters-pokrovsk], and delete this line",
  }),
  "citation-required": define({
    code: "DB313", severity: "error", title: "An item without a citation where the conflict requires them",
    message: (p: { conflict: string }) => `this item cites no source, and the ${p.conflict} requires citations`,
    hint: 'end the item with a marker naming the id of a source that reports it, e.g. "… were killed.[^reuters-pokrovsk]" (_conflict.md sets citations: required)',
  }),

  // DB4xx: warnings (printed; the check still passes)
  "day-number-mismatch": define({
    code: "DB401", severity: "warning", title: "A typed day number that is not the computed one",
    message: (p: { said: string; date: string; day: number; conflict: string }) => `says "${p.said}", but ${formatLongDate(p.date)} is day ${p.day} of the ${p.conflict}`,
    hint: (p) => `write day ${p.day}, or leave the number out: the page shows the computed day`,
  }),
  "future-date": define({ code: "DB402", severity: "warning", title: "A day in the future", message: (p: { date: string; today: string }) => `${p.date} is in the future (today is ${p.today})`, hint: "check the date in the file name; a briefing is written on or after its day" }),
  "source-without-url": define({ code: "DB403", severity: "warning", title: "A source without a URL", message: (p: { name: string }) => `"${p.name}" has no URL`, hint: "add url: https://… when you know the address of the report" }),
  "repeated-item": define({ code: "DB404", severity: "warning", title: "The same item twice in one briefing", message: (p: { firstLine: number }) => `this item repeats the item on line ${p.firstLine}`, hint: "delete one of the two, or say what is new" }),
  "uncited-source": define({
    code: "DB405", severity: "warning", title: "A source with an id that no item cites",
    message: (p: { id: string }) => `the source "${p.id}" is cited by no item`,
    hint: (p) => `end the item it supports with [^${p.id}], or remove the id if no item relies on it`,
  }),
  "uncited-item": define({
    code: "DB406", severity: "warning", title: "An item without a citation",
    message: "this item cites no source",
    hint: 'end it with a marker naming the id of a source that reports it, e.g. "… were killed.[^reuters-pokrovsk]"',
  }),
  "cumulative-figure-fell": define({
    code: "DB407", severity: "warning", title: "A cumulative figure lower than its previous report",
    message: (p: { key: string; from: number; fromDate: string; to: number }) =>
      `${p.key} fell from ${formatNumber(p.from)} on ${p.fromDate} to ${formatNumber(p.to)}; cumulative figures only rise`,
    hint: (p) => `if ${formatNumber(p.to)} corrects the earlier figure, add a correction that names it (figure: ${p.key}); otherwise check the value and its as_of date`,
  }),
  "place-without-coordinates": define({
    code: "DB408", severity: "warning", title: "A place with no entry in _places.yml",
    message: (p: { name: string }) => `no coordinates for "${p.name}"`,
    hint: "add it to _places.yml with its lat and lon, or add this spelling to the aliases of its entry; until then it is left off the maps",
  }),
} satisfies Record<string, IssueDefinition<never>>;

export type IssueName = keyof typeof ISSUE_CATALOGUE;
/** The parameters an issue's message and hint need (`void` when they need none). */
export type ParamsOf<N extends IssueName> = (typeof ISSUE_CATALOGUE)[N] extends IssueDefinition<infer P> ? P : never;
