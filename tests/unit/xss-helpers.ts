import fs from "node:fs";
import path from "node:path";
import { FIXTURES } from "./helpers";

/** One payload a line; lines starting with # are the file's header (its sources), blank lines are skipped. */
const read = (name: string) =>
  fs
    .readFileSync(path.join(FIXTURES, "xss", name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));

const unique = (lists: string[][]) => [...new Set(lists.flat())];

/**
 * Raw-HTML payloads and hostile URLs (tests/fixtures/xss): Daybook's own, DOMPurify's test fixtures,
 * OWASP's XSS filter evasion cheat sheet, markdown-it's and marked's XSS tests. Each counted once.
 */
export const HTML_PAYLOADS = unique([read("html-payloads.txt"), read("dompurify-payloads.txt"), read("owasp-payloads.txt")]);
export const URL_PAYLOADS = unique([read("url-payloads.txt"), read("markdown-url-payloads.txt")]).filter((u) => !HTML_PAYLOADS.includes(u));
/** Every payload: any of them may be typed as text anywhere. */
export const ALL_PAYLOADS = [...HTML_PAYLOADS, ...URL_PAYLOADS];

/** Problems that reject a payload for what it is: raw HTML or an unsafe link (Markdown), an invalid URL or value, a field over its length limit. */
const MARKDOWN_CODES = ["DB301", "DB303"] as const;
const TEXT_CODES = ["DB108", "DB109"] as const;
/** A source id must be a slug (DB109); a payload in its marker may also break the Markdown or the marker itself. */
const CITATION_CODES = ["DB109", "DB301", "DB303", "DB310", "DB311"] as const;

export interface XssCase {
  name: string;
  /** Where the payload goes ("as an item", "in the title"…): the part of the name after the payload's number. */
  placement: string;
  payload: string;
  front: string;
  body: string;
  /** The codes that may reject this placement (the payload must be rejected for itself, not for a side issue). */
  codes: readonly string[];
}

const yaml = (text: string) => JSON.stringify(text);

type Placement = [placement: string, codes: readonly string[], place: (payload: string) => { front: string; body: string }];

const ITEM = "## Battlefield\n- An item.\n";

/** Where any payload can go in a day's file: as Markdown, or as front-matter text. */
const TEXT_PLACEMENTS: Placement[] = [
  ["as an item", MARKDOWN_CODES, (p) => ({ front: "", body: `## Battlefield\n- ${p}\n` })],
  ["inside an item", MARKDOWN_CODES, (p) => ({ front: "", body: `## Battlefield\n- Before ${p} after.\n` })],
  ["as the lede", MARKDOWN_CODES, (p) => ({ front: "", body: `${p}\n\n${ITEM}` })],
  ["in the title", TEXT_CODES, (p) => ({ front: `title: ${yaml(p)}\n`, body: ITEM })],
  ["in the summary", TEXT_CODES, (p) => ({ front: `summary: ${yaml(p)}\n`, body: ITEM })],
  ["in a source name", TEXT_CODES, (p) => ({ front: `sources:\n  - name: ${yaml(p)}\n`, body: ITEM })],
  ["in places and topics", TEXT_CODES, (p) => ({ front: `places: [${yaml(p)}]\ntopics: [${yaml(p)}]\n`, body: ITEM })],
  // Citations: a cited source's name reaches the numbered links' accessible names, the sources list and feeds.
  [
    "as a cited source's name",
    TEXT_CODES,
    (p) => ({
      front: `sources:\n  - id: agency\n    name: ${yaml(p)}\n    url: "https://example.org/report"\n`,
      body: "The lede.[^agency]\n\n## Battlefield\n- An item.[^agency]\n",
    }),
  ],
  [
    "as a source id and its marker",
    CITATION_CODES,
    (p) => ({ front: `sources:\n  - id: ${yaml(p)}\n    name: Agency\n`, body: `## Battlefield\n- An item.[^${p}]\n` }),
  ],
];

/** Where a URL can go. */
const URL_PLACEMENTS: Placement[] = [
  ["as a link", MARKDOWN_CODES, (u) => ({ front: "", body: `## Battlefield\n- A [link](${u}) here.\n` })],
  ["as an image", MARKDOWN_CODES, (u) => ({ front: "", body: `## Battlefield\n- An ![image](${u}) here.\n` })],
  ["in a reference definition", MARKDOWN_CODES, (u) => ({ front: "", body: `## Battlefield\n- A [reference][r] here.\n\n[r]: ${u}\n` })],
  ["as an autolink", MARKDOWN_CODES, (u) => ({ front: "", body: `## Battlefield\n- An autolink <${u}> here.\n` })],
  ["as a source URL", TEXT_CODES, (u) => ({ front: `sources:\n  - name: Agency\n    url: ${yaml(u)}\n`, body: ITEM })],
  [
    "as a cited source's URL",
    TEXT_CODES,
    (u) => ({ front: `sources:\n  - id: agency\n    name: Agency\n    url: ${yaml(u)}\n`, body: "## Battlefield\n- An item.[^agency]\n" }),
  ],
];

/** Every payload placed in every part of a day's file where Markdown or front matter can carry it. */
export function buildXssCases(): XssCase[] {
  const label = (i: number) => (i < HTML_PAYLOADS.length ? `html ${i}` : `url ${i - HTML_PAYLOADS.length}`);
  const place = (payloads: string[], placements: Placement[], offset: number) =>
    placements.flatMap(([placement, codes, make]) =>
      payloads.map((p, i) => ({ name: `${label(i + offset)} ${placement}`, placement, payload: p, codes, ...make(p) })),
    );
  return [...place(ALL_PAYLOADS, TEXT_PLACEMENTS, 0), ...place(URL_PAYLOADS, URL_PLACEMENTS, HTML_PAYLOADS.length)];
}

/** A day's file: a valid summary unless the case sets one. */
export function formatXssDay({ front, body }: Pick<XssCase, "front" | "body">): string {
  return `---\n${front.startsWith("summary:") ? "" : 'summary: "A summary."\n'}${front}---\n${body}`;
}

/** Every payload as a conflict's name, its summary and its about text (`_conflict.md`). */
export function buildConflictXssCases(): { name: string; text: string; codes: readonly string[] }[] {
  return ALL_PAYLOADS.flatMap((p, i) => [
    { name: `payload ${i} as the name`, text: `---\nname: ${yaml(p)}\nstart: 2022-02-24\n---\n`, codes: TEXT_CODES },
    { name: `payload ${i} as the summary`, text: `---\nname: War\nstart: 2022-02-24\nsummary: ${yaml(p)}\n---\n`, codes: TEXT_CODES },
    { name: `payload ${i} as the about text`, text: `---\nname: War\nstart: 2022-02-24\n---\n${p}\n`, codes: MARKDOWN_CODES },
  ]);
}

/** One placement of a payload in a figure: the conflict's declaration (label, unit, description) or the day's report. */
export interface FigureXssCase {
  name: string;
  conflict: string;
  day: string;
}

/**
 * Every payload placed in every field of a figure that reaches a page, a feed, JSON-LD or a CSV file: the
 * declared label, unit and description, the report's note, and the name, URL and id of a source only the
 * figure cites.
 */
export function buildFigureXssCases(): FigureXssCase[] {
  const yaml = (text: string) => JSON.stringify(text);
  const conflict = (declaration: { label?: string; unit?: string; description?: string }) =>
    `---\nname: Russia–Ukraine war\nstart: 2022-02-24\nfigures:\n  - key: killed\n    label: ${yaml(declaration.label ?? "Killed")}\n    unit: ${yaml(
      declaration.unit ?? "people",
    )}\n    description: ${yaml(declaration.description ?? "People killed.")}\n    cumulative: true\n---\n`;
  const day = (report: { note?: string; id?: string; name?: string; url?: string }) =>
    `---\nsummary: "A summary."\nsources:\n  - id: agency\n    name: Agency\n    url: "https://example.org/agency"\n  - id: ${yaml(report.id ?? "figures")}\n    name: ${yaml(
      report.name ?? "Figures office",
    )}\n    url: ${yaml(report.url ?? "https://example.org/figures")}\nfigures:\n  - key: killed\n    value: 10200\n    source: ${yaml(report.id ?? "figures")}\n${
      report.note === undefined ? "" : `    note: ${yaml(report.note)}\n`
    }---\n## Battlefield\n- An item.[^agency]\n`;
  const cases: FigureXssCase[] = [];
  for (const [i, p] of HTML_PAYLOADS.entries()) {
    for (const field of ["label", "unit", "description"] as const)
      cases.push({ name: `html ${i} as a figure's ${field}`, conflict: conflict({ [field]: p }), day: day({}) });
    cases.push({ name: `html ${i} as a figure's note`, conflict: conflict({}), day: day({ note: p }) });
    cases.push({ name: `html ${i} as the name of a source only a figure cites`, conflict: conflict({}), day: day({ name: p }) });
    cases.push({ name: `html ${i} as the id of a figure's source`, conflict: conflict({}), day: day({ id: p }) });
  }
  for (const [i, u] of URL_PAYLOADS.entries()) {
    cases.push({ name: `url ${i} as the URL of a source only a figure cites`, conflict: conflict({}), day: day({ url: u }) });
  }
  return cases;
}

const ALLOWED_TAGS = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "ul",
  "ol",
  "li",
  "a",
  "img",
  "em",
  "strong",
  "code",
  "pre",
  "blockquote",
  "br",
  "hr",
  "del",
  "s",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  // Citations: numbered links in items and the lede, and the feeds' sources list.
  "sup",
]);
const ALLOWED_ATTRIBUTES = new Set(["href", "src", "alt", "title", "start", "style", "id", "aria-label", "aria-hidden"]);

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The problems that would make rendered HTML executable: a tag or attribute
 * outside the renderer's own small set, or a link or image URL whose scheme is
 * not http(s) or mailto once entities and whitespace are decoded as browsers do.
 */
export function findActiveHtml(html: string): string[] {
  return findActiveMarkup(html, ALLOWED_TAGS, ALLOWED_ATTRIBUTES);
}

/** The markup of the figure components (React, server-rendered): the renderer's own tags plus SVG and tables. */
const COMPONENT_TAGS = new Set([
  ...ALLOWED_TAGS,
  "section",
  "div",
  "span",
  "dl",
  "dt",
  "dd",
  "time",
  "nav",
  "details",
  "summary",
  "caption",
  "svg",
  "title",
  "desc",
  "g",
  "text",
  "line",
  "path",
]);
const COMPONENT_ATTRIBUTES = new Set([
  ...ALLOWED_ATTRIBUTES,
  ...["class", "role", "rel", "download", "scope", "datetime", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "d", "text-anchor"],
  ...["aria-labelledby", "aria-describedby", "aria-current", "data-testid", "data-drawn"],
]);

/** Like findActiveHtml, for what the figure components render: their own tags and attributes only, and safe URLs. */
export function findActiveComponentMarkup(html: string): string[] {
  return findActiveMarkup(html, COMPONENT_TAGS, COMPONENT_ATTRIBUTES);
}

function findActiveMarkup(html: string, tags: ReadonlySet<string>, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [, tag, attributes = ""] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!tags.has(tag!.toLowerCase())) problems.push(`tag <${tag}>`);
    for (const [, name, , value = ""] of attributes.matchAll(/([^\s"'=/]+)(\s*=\s*"([^"]*)")?/g)) {
      const attribute = name!.toLowerCase();
      if (!allowed.has(attribute)) problems.push(`attribute ${attribute}`);
      if (attribute === "style" && !/^text-align:(left|right|center)$/.test(value)) problems.push(`style ${value}`);
      if (attribute === "href" || attribute === "src") {
        const url = decodeEntities(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
        if (scheme && !["http", "https", "mailto"].includes(scheme)) problems.push(`${attribute} ${scheme}:`);
      }
    }
  }
  return problems;
}
