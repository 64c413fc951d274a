import { computeDayNumber, formatLongDate } from "@/lib/dates";
import type { Conflict } from "./schema";
import { SECTION_ALIASES, SECTION_KEYS, SECTION_LABELS } from "@/lib/sections";

/**
 * A new day's file: front matter to fill in, the three section headings, and
 * reminders in YAML comments (the only place a comment is not published). It is
 * a draft and fails `content:check` until its summary and items are written.
 */
export function formatBriefingTemplate(conflict: Conflict, date: string): string {
  const day = computeDayNumber(conflict.start, date);
  const aliases = SECTION_KEYS.map((key) => `#   ${SECTION_LABELS[key]}: ${SECTION_ALIASES[key].join(", ")}`);
  return [
    "---",
    `# ${conflict.name}, day ${day}: ${formatLongDate(date)}. The day number is computed: do not type it.`,
    "# Required: summary (1–300 characters). Remove draft: true to publish.",
    "# Section headings (## …, any case); leave out a section with no news:",
    ...aliases,
    'title: ""',
    'summary: ""',
    "places: []",
    "topics: []",
    '# sources: one per line as "  - id: reuters-pokrovsk", with "    name: Reuters" and "    url: https://…" under it;',
    '# an item cites its sources by id at its very end: "- … were killed.[^reuters-pokrovsk]"',
    "sources: []",
    "draft: true",
    "---",
    "",
    ...SECTION_KEYS.flatMap((key) => [`## ${SECTION_LABELS[key]}`, "- ", ""]),
  ].join("\n");
}
