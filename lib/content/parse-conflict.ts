import { DEFAULT_LICENSE, LICENSE_IDS } from "@/lib/licenses";
import type { ContentIssue } from "./issues";
import { parseFrontMatter } from "./front-matter";
import { markdown, renderBlocks } from "./markdown";
import { findMergeMarkers } from "./merge-markers";
import { checkMarkdown } from "./markdown-checks";
import { conflictFrontMatterSchema, type Conflict } from "./schema";
import { mapZodIssues } from "./zod-issues";

const HINTS = {
  name: 'give the conflict\'s name, e.g. name: "Russia–Ukraine war"',
  start: "give day 1 of the war as YYYY-MM-DD, e.g. start: 2022-02-24",
  summary: "write one sentence of 1–300 characters, or remove the line",
  citations: "write citations: required to make every item cite a source, or citations: optional (the default)",
  license: `write the SPDX id of one of ${LICENSE_IDS.join(", ")}, or remove the line to publish under ${DEFAULT_LICENSE}`,
};

/** Parses and validates a `_conflict.md` file. */
export function parseConflict(file: string, slug: string, text: string): { conflict?: Conflict; issues: ContentIssue[] } {
  const markers = findMergeMarkers(file, text);
  if (markers.length > 0) return { issues: markers };
  const split = parseFrontMatter(file, text);
  if (split.data === undefined) return { issues: split.issues };
  const result = conflictFrontMatterSchema.safeParse(split.data ?? {}, { reportInput: true });
  if (!result.success) {
    const allowed = Object.keys(conflictFrontMatterSchema.shape);
    return { issues: mapZodIssues(file, result.error, split.locate, () => allowed, HINTS) };
  }
  const tokens = markdown.parse(split.body, {}); // parsed once: checked, then rendered
  const issues = checkMarkdown(file, split.body, tokens, split.bodyStartLine);
  if (issues.length > 0) return { issues };
  const aboutHtml = renderBlocks(tokens) || undefined;
  return { conflict: { slug, ...result.data, aboutHtml }, issues };
}
