/**
 * `npm run content:check [-- paths…] [--json] [--watch]`: validates content and
 * reports every problem at once. Each problem is a line
 * `path:line:column: field: message. Fix: hint [DB104 unknown-key]` (its code and
 * name from lib/content/issue-catalogue.ts, listed in EDITING.md) followed by a
 * code frame; warnings are printed but only errors make the exit code 1. With
 * --json, each issue carries file, line, column, code, name, severity, field,
 * message and hint.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { getConfig } from "@/lib/config";
import { checkContent, formatCodeFrame, formatIssue, formatIssuePath, isError, readIssueSource } from "@/lib/content";
import { formatCount } from "@/lib/format";

const { values, positionals } = parseArgs({
  options: { json: { type: "boolean", default: false }, watch: { type: "boolean", default: false } },
  allowPositionals: true,
});

function run(targets: string[]): number {
  const { content, issues, label } = checkContent(targets);
  const errors = issues.filter(isError).length;
  const warnings = issues.length - errors;
  const briefings = [...content.briefings.values()].flat();
  const drafts = briefings.filter((b) => b.draft).length;
  // Days a production server keeps out until their publish_at (drafts stay out whatever their schedule).
  const now = Date.now();
  const scheduled = briefings.filter((b) => !b.draft && b.publishAt !== undefined && Date.parse(b.publishAt) > now);
  const conflicts = new Set(briefings.map((b) => b.conflict)).size || content.conflicts.length;

  if (values.json) {
    const report = {
      ok: errors === 0,
      errors,
      warnings,
      briefings: briefings.length,
      drafts,
      scheduled: scheduled.map((b) => ({ conflict: b.conflict, date: b.date, publishAt: b.publishAt })),
      conflicts,
      issues: issues.map((i) => ({ ...i, file: formatIssuePath(i.file) })),
    };
    console.log(JSON.stringify(report, null, 2));
    return errors > 0 ? 1 : 0;
  }

  const texts = new Map<string, string>();
  for (const issue of issues) {
    if (!texts.has(issue.file)) texts.set(issue.file, readIssueSource(issue.file));
    const frame = formatCodeFrame(texts.get(issue.file) ?? "", issue.line, issue.column);
    console.error(`${formatIssue(issue)}${frame ? `\n${frame}` : ""}\n`);
  }
  const warned = warnings > 0 ? `, ${formatCount(warnings, "warning")}` : "";
  if (errors > 0) {
    console.error(`${formatCount(errors, "problem")}${warned} found in ${label}`);
    return 1;
  }
  for (const b of scheduled) console.log(`${b.conflict}/${b.date} scheduled for ${b.publishAt}`);
  console.log(
    `${formatCount(briefings.length, "briefing")} in ${formatCount(conflicts, "conflict")} OK${drafts ? ` (${formatCount(drafts, "draft")})` : ""}${scheduled.length > 0 ? ` (${formatCount(scheduled.length, "scheduled day")})` : ""}${warned}`,
  );
  return 0;
}

const status = run(positionals);
if (!values.watch) process.exit(status);

// --watch: check again shortly after every save (editors write several files at once).
const watched = positionals.length > 0 ? positionals : [getConfig().contentDir];
let timer: NodeJS.Timeout | undefined;
for (const target of watched) {
  fs.watch(target, { recursive: true }, (_event, name) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n— ${new Date().toLocaleTimeString("en-GB")}: ${name ?? "a file"} changed, checking again —\n`);
      run(positionals);
    }, 150);
  });
}
console.log(`\nWatching ${watched.join(", ")} for changes (Ctrl+C to stop)…`);
