/**
 * `npm run content:new -- [--conflict <slug>] [--date YYYY-MM-DD]`: creates a
 * day's file from the template, prints its path and day number, and never
 * overwrites an existing file.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { format } from "date-fns";
import { computeDayNumber, formatLongDate, isIsoDate } from "@/lib/dates";
import { getConfig } from "@/lib/config";
import { formatBriefingTemplate, formatIssuePath, loadContent } from "@/lib/content";

function fail(message: string): never {
  console.error(`content:new: ${message}`);
  process.exit(1);
}

let values: { conflict?: string; date?: string };
try {
  ({ values } = parseArgs({ options: { conflict: { type: "string" }, date: { type: "string" } } }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}. Usage: npm run content:new -- [--conflict <slug>] [--date YYYY-MM-DD]`);
}

const { contentDir } = getConfig();
const { conflicts } = loadContent(contentDir);
const slugs = conflicts.map((c) => c.slug).join(", ") || "none";

let slug = values.conflict;
if (!slug) {
  if (conflicts.length !== 1) fail(`there are ${conflicts.length} conflicts (${slugs}); choose one with --conflict <slug>`);
  slug = conflicts[0]!.slug;
}
const conflict = conflicts.find((c) => c.slug === slug);
if (!conflict) fail(`unknown conflict "${slug}"; the conflicts are: ${slugs}`);

const date = values.date ?? format(new Date(), "yyyy-MM-dd");
if (!isIsoDate(date)) fail(`"${date}" is not a real calendar date; write it as YYYY-MM-DD, e.g. --date 2024-01-07`);
if (date < conflict.start) fail(`${date} is before day 1 of the ${conflict.name} (${formatLongDate(conflict.start)})`);

const file = path.join(contentDir, conflict.slug, `${date}.md`);
if (fs.existsSync(file)) fail(`${formatIssuePath(file)} already exists; edit it instead (nothing was overwritten)`);

fs.writeFileSync(file, formatBriefingTemplate(conflict, date), { flag: "wx" });
console.log(
  `Created ${formatIssuePath(file)}: day ${computeDayNumber(conflict.start, date)} of the ${conflict.name}, ${formatLongDate(date)}.`,
);
console.log("Fill in the summary and the items, remove draft: true, then run npm run content:check.");
