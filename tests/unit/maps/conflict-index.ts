import path from "node:path";
import { isError, loadContent } from "@/lib/content";
import { createConflictMaps } from "@/lib/content/conflict-maps";
import { buildConflictIndex, type ConflictIndex } from "@/lib/content/indexes";

export const SHIPPED = path.resolve(import.meta.dirname, "../../../content");

/** A content folder's conflict with its maps, built as the store builds it (drafts included). */
export function loadConflictIndex(dir: string, slug: string): ConflictIndex {
  const content = loadContent(dir);
  const error = content.issues.find(isError);
  if (error) throw new Error(`invalid content: ${error.message}`);
  const conflict = content.conflicts.find((c) => c.slug === slug);
  if (!conflict) throw new Error(`no conflict ${slug} in ${dir}`);
  const maps = createConflictMaps(conflict, content.geo.get(slug) ?? { invalid: [] });
  return buildConflictIndex(conflict, content.briefings.get(slug) ?? [], maps);
}
