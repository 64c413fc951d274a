import fs from "node:fs";
import path from "node:path";
import { FIXTURES } from "./helpers";

const read = (name: string) =>
  fs
    .readFileSync(path.join(FIXTURES, "xss", name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");

/** Raw-HTML payloads and hostile URLs (one per line in tests/fixtures/xss). */
export const HTML_PAYLOADS = read("html-payloads.txt");
export const URL_PAYLOADS = read("url-payloads.txt");

/** Every payload placed in every context where Markdown or front matter can carry it. */
export function buildXssCases(): { name: string; front: string; body: string }[] {
  const cases: { name: string; front: string; body: string }[] = [];
  const yaml = (text: string) => JSON.stringify(text);
  for (const [i, p] of HTML_PAYLOADS.entries()) {
    cases.push({ name: `html ${i} as an item`, front: "", body: `## Battlefield\n- ${p}\n` });
    cases.push({ name: `html ${i} inside an item`, front: "", body: `## Battlefield\n- Before ${p} after.\n` });
    cases.push({ name: `html ${i} as a block`, front: "", body: `${p}\n\n## Battlefield\n- An item.\n` });
    cases.push({ name: `html ${i} in the title`, front: `title: ${yaml(p)}\n`, body: "## Battlefield\n- An item.\n" });
    cases.push({
      name: `html ${i} in the summary and a source name`,
      front: `sources:\n  - name: ${yaml(p)}\n`,
      body: "## Battlefield\n- An item.\n",
    });
    // Citations: a cited source's name reaches the numbered links' accessible names, the sources list and feeds.
    cases.push({
      name: `html ${i} as a cited source's name`,
      front: `sources:\n  - id: agency\n    name: ${yaml(p)}\n    url: "https://example.org/report"\n`,
      body: "The lede.[^agency]\n\n## Battlefield\n- An item.[^agency]\n",
    });
    cases.push({
      name: `html ${i} as a source id and its marker`,
      front: `sources:\n  - id: ${yaml(p)}\n    name: Agency\n`,
      body: `## Battlefield\n- An item.[^${p}]\n`,
    });
  }
  for (const [i, u] of URL_PAYLOADS.entries()) {
    cases.push({ name: `url ${i} as a link`, front: "", body: `## Battlefield\n- A [link](${u}) here.\n` });
    cases.push({ name: `url ${i} as an image`, front: "", body: `## Battlefield\n- An ![image](${u}) here.\n` });
    cases.push({ name: `url ${i} in a reference definition`, front: "", body: `## Battlefield\n- A [reference][r] here.\n\n[r]: ${u}\n` });
    cases.push({ name: `url ${i} as an autolink`, front: "", body: `## Battlefield\n- An autolink <${u}> here.\n` });
    cases.push({
      name: `url ${i} as a source URL`,
      front: `sources:\n  - name: Agency\n    url: ${yaml(u)}\n`,
      body: "## Battlefield\n- An item.\n",
    });
    cases.push({
      name: `url ${i} as a cited source's URL`,
      front: `sources:\n  - id: agency\n    name: Agency\n    url: ${yaml(u)}\n`,
      body: "## Battlefield\n- An item.[^agency]\n",
    });
  }
  return cases;
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
  ...["aria-labelledby", "aria-current", "data-testid", "data-drawn"],
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
