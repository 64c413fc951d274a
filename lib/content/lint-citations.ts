import { findMarkers } from "./citation-markers";
import type { FieldPath, Position } from "./front-matter";
import { createIssue, type ContentIssue } from "./issues";
import type { BodyUnit } from "./parse-body";
import type { BriefingFrontMatter, Conflict } from "./schema";
import { formatFieldName } from "./zod-issues";

interface CitationCheckInput {
  file: string;
  conflict: Conflict;
  front: BriefingFrontMatter;
  locate: (path: FieldPath, part?: "key" | "value") => Position;
  lede: readonly BodyUnit[];
  /** Every section's items (order does not matter here). */
  items: readonly BodyUnit[];
}

/**
 * The citation rules. Errors: two sources with one id, a marker naming no
 * source, a marker in front-matter text, and, when the conflict sets
 * `citations: required`, a section item that cites nothing. Warnings: a source
 * with an id that nothing cites (neither an item nor a figure), and (by default)
 * an item that cites nothing.
 * The lede may cite, but need not: it introduces the day, whose items carry the
 * citations.
 */
export function checkCitations({ file, conflict, front, locate, lede, items }: CitationCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sources = front.sources ?? [];
  const firstIndex = new Map<string, number>();
  sources.forEach(({ id }, index) => {
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      const at = { file, ...locate(["sources", index, "id"], "value") };
      issues.push(createIssue("duplicate-source-id", at, `sources[${index}].id`, { id, firstLine: locate(["sources", first, "id"], "value").line }));
    }
  });

  const ids = [...firstIndex.keys()];
  const cited = new Set<string>();
  for (const unit of [...lede, ...items]) {
    // A misplaced marker is an error already; the source it names does not also need a warning.
    for (const marker of unit.misplaced) cited.add(marker.id);
    for (const marker of unit.cites) {
      cited.add(marker.id);
      if (!firstIndex.has(marker.id)) {
        issues.push(createIssue("unknown-citation", { file, line: marker.line, column: marker.column }, "body", { marker: marker.text, ids }));
      }
    }
  }

  // A source that only a figure cites is cited: the Key figures box numbers it like the items' sources.
  for (const figure of front.figures ?? []) cited.add(figure.source);

  const texts: { path: FieldPath; text: string | undefined }[] = [
    { path: ["title"], text: front.title },
    { path: ["summary"], text: front.summary },
    ...(front.corrections ?? []).map((correction, index) => ({ path: ["corrections", index, "text"], text: correction.text })),
  ];
  for (const { path, text } of texts) {
    for (const marker of findMarkers(text ?? "")) {
      issues.push(createIssue("misplaced-citation", { file, ...locate(path, "value") }, formatFieldName(path), { marker, place: "front matter" }));
    }
  }

  sources.forEach(({ id }, index) => {
    if (id !== undefined && !cited.has(id) && firstIndex.get(id) === index) {
      issues.push(createIssue("uncited-source", { file, ...locate(["sources", index, "id"], "value") }, `sources[${index}].id`, { id }));
    }
  });
  for (const item of items) {
    // An empty item, or one whose marker is misplaced, is an error already.
    if (item.cites.length > 0 || item.misplaced.length > 0 || item.text === "") continue;
    const at = { file, line: item.line, column: item.column };
    if (conflict.citations === "required") issues.push(createIssue("citation-required", at, "body", { conflict: conflict.name }));
    else issues.push(createIssue("uncited-item", at, "body"));
  }
  return issues;
}
