import fs from "node:fs";
import path from "node:path";
import type { Briefing, Conflict, ContentIssue } from "@/lib/content";
import { enrichBriefing } from "@/lib/content/enrich";
import { parseBriefing } from "@/lib/content/parse-briefing";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** Reads a fixture file as text. */
export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), "utf8");
}

/** The conflict most tests check days against, with two declared figures (tests of other rules report none). */
export const russiaUkraine: Conflict = {
  slug: "russia-ukraine",
  name: "Russia–Ukraine war",
  start: "2022-02-24",
  license: "CC-BY-4.0",
  figures: [
    { key: "civilians-killed", label: "Civilians killed (UN-verified)", unit: "people", cumulative: true },
    { key: "refugees-recorded", label: "Refugees from Ukraine recorded globally", unit: "people", cumulative: false },
  ],
};

/** A complete, valid Briefing for `date`, with any fields a test sets. */
export function makeBriefing(date: string, fields: Partial<Briefing> = {}): Briefing {
  return {
    conflict: "russia-ukraine",
    date,
    day: 1,
    summary: "A quiet day.",
    sections: [],
    sources: [],
    figures: [],
    places: [],
    topics: [],
    corrections: [],
    published: `${date}T00:00:00.000Z`,
    modified: `${date}T00:00:00.000Z`,
    draft: false,
    ...fields,
  };
}

/** Parses one day's file and, when it is valid, enriches it as the store does: the briefing a page would show. */
export function parseDay(
  file: string,
  fileName: string,
  text: string,
  conflict: Conflict | undefined,
  options: { today?: string } = {},
): { briefing?: Briefing; issues: ContentIssue[] } {
  const { day, issues } = parseBriefing(file, fileName, text, conflict, options);
  return { issues, briefing: day && conflict ? enrichBriefing(day, conflict) : undefined };
}
