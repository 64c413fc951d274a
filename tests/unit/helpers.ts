import fs from "node:fs";
import path from "node:path";
import type { Briefing, Conflict } from "@/lib/schema";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** Reads a fixture file as text. */
export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), "utf8");
}

export const russiaUkraine: Conflict = { slug: "russia-ukraine", name: "Russia–Ukraine war", start: "2022-02-24" };

/** A complete, valid Briefing for `date`, with any fields a test sets. */
export function makeBriefing(date: string, fields: Partial<Briefing> = {}): Briefing {
  return {
    conflict: "russia-ukraine",
    date,
    day: 1,
    summary: "A quiet day.",
    sections: [],
    sources: [],
    places: [],
    topics: [],
    corrections: [],
    published: `${date}T00:00:00.000Z`,
    modified: `${date}T00:00:00.000Z`,
    draft: false,
    ...fields,
  };
}
