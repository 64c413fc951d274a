/**
 * `npm run content:check`: validates every content file and reports every
 * problem at once as `path:line:column: field: message. Fix: hint`.
 */
import { formatIssue, sortIssues } from "@/lib/errors";
import { getContentDir, readContent } from "@/lib/read-content";

const dir = getContentDir();
const snapshot = readContent(dir);
const issues = sortIssues(snapshot.issues);

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem${issues.length === 1 ? "" : "s"} found in ${dir}`);
  process.exit(1);
}

const briefings = [...snapshot.briefings.values()].flat();
const drafts = briefings.filter((b) => b.draft).length;
const conflicts = snapshot.conflicts.length;
console.log(
  `${briefings.length} briefing${briefings.length === 1 ? "" : "s"} in ${conflicts} conflict${conflicts === 1 ? "" : "s"} OK` +
    (drafts ? ` (${drafts} draft${drafts === 1 ? "" : "s"})` : ""),
);
