/**
 * `npm run content:check [-- paths…] [--json] [--watch]`: validates content and
 * reports every problem at once. Each problem is a line
 * `path:line:column: field: message. Fix: hint` followed by a code frame;
 * warnings are printed but only errors make the exit code 1.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatCodeFrame } from "@/lib/code-frame";
import { formatIssue, formatIssuePath, isError, sortIssues, type ContentIssue } from "@/lib/errors";
import { getContentDir, readConflictFolder, readContent, type ContentSnapshot } from "@/lib/read-content";

const { values, positionals } = parseArgs({
  options: { json: { type: "boolean", default: false }, watch: { type: "boolean", default: false } },
  allowPositionals: true,
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Reads what the arguments name: the whole content directory, or only some files or folders. */
function check(targets: string[]): { snapshot: ContentSnapshot; issues: ContentIssue[]; label: string } {
  const contentDir = getContentDir();
  if (targets.length === 0) {
    const snapshot = readContent(contentDir);
    return { snapshot, issues: sortIssues(snapshot.issues), label: formatIssuePath(contentDir) };
  }
  const merged: ContentSnapshot = { conflicts: [], briefings: new Map(), files: new Map(), issues: [] };
  for (const target of targets.map((t) => path.resolve(t))) {
    const isFile = fs.existsSync(target) && fs.statSync(target).isFile();
    const folder = isFile ? path.dirname(target) : target;
    // A file or conflict folder is read with its whole conflict, so the start date applies.
    const snapshot = fs.existsSync(path.join(folder, "_conflict.md")) ? readConflictFolder(folder) : readContent(folder);
    const inTarget = (file: string) => file === target || file.startsWith(`${target}${path.sep}`);
    merged.issues.push(...snapshot.issues.filter((issue) => inTarget(issue.file)));
    for (const [slug, list] of snapshot.briefings) {
      const kept = list.filter((b) => inTarget(snapshot.files.get(`${slug}/${b.date}`) ?? ""));
      merged.briefings.set(slug, [...(merged.briefings.get(slug) ?? []), ...kept]);
    }
    for (const conflict of snapshot.conflicts) if (!merged.conflicts.some((c) => c.slug === conflict.slug)) merged.conflicts.push(conflict);
  }
  return { snapshot: merged, issues: sortIssues(merged.issues), label: targets.join(", ") };
}

function run(targets: string[]): number {
  const { snapshot, issues, label } = check(targets);
  const errors = issues.filter(isError).length;
  const warnings = issues.length - errors;
  const briefings = [...snapshot.briefings.values()].flat();
  const drafts = briefings.filter((b) => b.draft).length;
  const conflicts = new Set(briefings.map((b) => b.conflict)).size || snapshot.conflicts.length;

  if (values.json) {
    const report = { ok: errors === 0, errors, warnings, briefings: briefings.length, drafts, conflicts, issues: issues.map((i) => ({ ...i, file: formatIssuePath(i.file), severity: i.severity ?? "error" })) };
    console.log(JSON.stringify(report, null, 2));
    return errors > 0 ? 1 : 0;
  }

  const texts = new Map<string, string>();
  for (const issue of issues) {
    if (!texts.has(issue.file)) texts.set(issue.file, fs.existsSync(issue.file) && fs.statSync(issue.file).isFile() ? fs.readFileSync(issue.file, "utf8") : "");
    const frame = formatCodeFrame(texts.get(issue.file) ?? "", issue.line, issue.column);
    console.error(`${formatIssue(issue)}${frame ? `\n${frame}` : ""}\n`);
  }
  const warned = warnings > 0 ? `, ${plural(warnings, "warning")}` : "";
  if (errors > 0) {
    console.error(`${plural(errors, "problem")}${warned} found in ${label}`);
    return 1;
  }
  console.log(`${plural(briefings.length, "briefing")} in ${plural(conflicts, "conflict")} OK${drafts ? ` (${plural(drafts, "draft")})` : ""}${warned}`);
  return 0;
}

const status = run(positionals);
if (!values.watch) process.exit(status);

// --watch: check again shortly after every save (editors write several files at once).
const watched = positionals.length > 0 ? positionals : [getContentDir()];
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
