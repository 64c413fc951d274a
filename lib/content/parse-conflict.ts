import { DEFAULT_LICENSE, LICENSE_IDS } from "@/lib/licenses";
import { createIssue, type ContentIssue } from "./issues";
import { parseFrontMatter } from "./front-matter";
import { markdown, renderBlocks } from "./markdown";
import { findMergeMarkers } from "./merge-markers";
import { checkMarkdown } from "./markdown-checks";
import { conflictFrontMatterSchema, type Conflict, type FigureDefinition } from "./schema";
import { mapZodIssues } from "./zod-issues";

const HINTS = {
  name: 'give the conflict\'s name, e.g. name: "Russia–Ukraine war"',
  start: "give day 1 of the war as YYYY-MM-DD, e.g. start: 2022-02-24",
  summary: "write one sentence of 1–300 characters, or remove the line",
  citations: "write citations: required to make every item cite a source, or citations: optional (the default)",
  license: `write the SPDX id of one of ${LICENSE_IDS.join(", ")}, or remove the line to publish under ${DEFAULT_LICENSE}`,
  figures: 'list the figures days may report as "- key: civilians-killed" with "  label: …" and "  unit: …" under each',
  "figures.key": "give the figure a slug that days report it by, e.g. key: civilians-killed",
  "figures.label": 'give the figure\'s name as readers see it, e.g. label: "Civilians killed (UN-verified)"',
  "figures.unit": "give what it counts, e.g. unit: people",
  "figures.cumulative": "write cumulative: true for a running total (it only rises), or remove the line",
  "figures.description": "say in a sentence what the figure counts and who counts it, or remove the line",
};

const FIGURE_KEYS = ["key", "label", "unit", "cumulative", "description"];

/** Each declared figure once: the same key twice is an error (DB115) at the second. */
function checkDeclarations(file: string, figures: readonly { key: string }[], locate: (path: (string | number)[], part?: "key" | "value") => { line: number; column: number }): ContentIssue[] {
  const first = new Map<string, number>();
  return figures.flatMap(({ key }, index) => {
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return [];
    }
    const at = { file, ...locate(["figures", index, "key"], "value") };
    return [createIssue("duplicate-figure", at, `figures[${index}].key`, { key, firstLine: locate(["figures", seen, "key"], "value").line, declared: true })];
  });
}

/** Parses and validates a `_conflict.md` file. */
export function parseConflict(file: string, slug: string, text: string): { conflict?: Conflict; issues: ContentIssue[] } {
  const markers = findMergeMarkers(file, text);
  if (markers.length > 0) return { issues: markers };
  const split = parseFrontMatter(file, text);
  if (split.data === undefined) return { issues: split.issues };
  const result = conflictFrontMatterSchema.safeParse(split.data ?? {}, { reportInput: true });
  if (!result.success) {
    const allowed = Object.keys(conflictFrontMatterSchema.shape);
    return { issues: mapZodIssues(file, result.error, split.locate, (path) => (path[0] === "figures" && path.length > 1 ? FIGURE_KEYS : allowed), HINTS) };
  }
  const { figures: declared, ...front } = result.data;
  const tokens = markdown.parse(split.body, {}); // parsed once: checked, then rendered
  const issues = [...checkDeclarations(file, declared ?? [], split.locate), ...checkMarkdown(file, split.body, tokens, split.bodyStartLine)];
  if (issues.length > 0) return { issues };
  const aboutHtml = renderBlocks(tokens) || undefined;
  const figures = declared?.map((figure): FigureDefinition => ({ ...figure, cumulative: figure.cumulative ?? false }));
  return { conflict: { slug, ...front, aboutHtml, ...(figures ? { figures } : {}) }, issues };
}
