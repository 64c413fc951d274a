import { execFileSync } from "node:child_process";
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

/**
 * The time of the last commit of a shipped day's file (ISO 8601 UTC), or undefined when git does not track it.
 * The shipped site is built from a git checkout, so its days' modified times are their latest published
 * revisions: the last commit of each file, since a draft or invalid file would not be shipped.
 */
export function getLastCommitTime(slug: string, date: string): string | undefined {
  const file = path.resolve(import.meta.dirname, "../../content", slug, `${date}.md`);
  const out = execFileSync("git", ["log", "-1", "--format=%cI", "--", file], { cwd: path.dirname(file), encoding: "utf8" }).trim();
  return out ? new Date(out).toISOString() : undefined;
}
