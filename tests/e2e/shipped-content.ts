import path from "node:path";
import { isError } from "../../lib/content/issues";
import { loadContent } from "../../lib/content/check";

/** The shipped content, read by the same lib code the site uses: the e2e tests compare pages against it. */
export function getShippedContent() {
  const snapshot = loadContent(path.resolve(import.meta.dirname, "../../content"));
  if (snapshot.issues.some(isError)) throw new Error("shipped content is invalid");
  const conflict = snapshot.conflicts[0]!;
  const briefings = snapshot.briefings.get(conflict.slug) ?? [];
  return { conflict, briefings };
}
