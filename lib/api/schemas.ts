import { z } from "zod";
import { SECTION_KEYS } from "@/lib/sections";
import { daySchema } from "./day-schema";
import { absoluteUrl, apiRegistry, instant, isoDate, licenseSchema } from "./registry";

// Conflicts, the index of days, problems and CSV rows; with the day's schemas (day-schema.ts)
// and the registry (registry.ts), every response of the API.
export { apiRegistry, licenseSchema } from "./registry";
export { correctionSchema, daySchema, figureSchema, itemSchema, placeSchema, sectionSchema, sourceSchema, topicSchema } from "./day-schema";

export const dayEntrySchema = z
  .object({
    date: isoDate,
    day: z.number().int().positive(),
    title: z.string().optional(),
    summary: z.string(),
    modified: instant,
    links: z.object({ page: absoluteUrl, api: absoluteUrl }),
  })
  .register(apiRegistry, { id: "DayEntry", description: "A day in a conflict's index." });

const conflictFields = {
  slug: z.string(),
  name: z.string(),
  start: isoDate.describe("Day 1 of the conflict"),
  summary: z.string().optional(),
  license: licenseSchema,
  dayCount: z.number().int().nonnegative().describe("How many days have a published briefing"),
  latest: isoDate.optional().describe("The newest day with a briefing"),
  links: z.object({
    page: absoluteUrl,
    api: absoluteUrl,
    ndjson: absoluteUrl.describe("Every day, one JSON object a line (days.ndjson)"),
    csv: absoluteUrl.describe("Every item, one row each (items.csv)"),
  }),
};

export const conflictSummarySchema = z.object(conflictFields).register(apiRegistry, { id: "ConflictSummary" });

export const conflictSchema = z
  .object({
    ...conflictFields,
    about: z.object({ html: z.string() }).optional().describe("The conflict's about text, as sanitized HTML"),
    days: z.array(dayEntrySchema).describe("Every day with a published briefing, oldest first"),
  })
  .register(apiRegistry, { id: "Conflict" });

export const conflictListSchema = z
  .object({
    conflicts: z.array(conflictSummarySchema).describe("By name"),
    links: z.object({ openapi: absoluteUrl, documentation: absoluteUrl.describe("The /data page") }),
  })
  .register(apiRegistry, { id: "ConflictList" });

export const problemSchema = z
  .object({
    type: z.string().describe("A URI reference identifying the problem type; about:blank means the status says it all"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().describe("The path that was asked for"),
  })
  .register(apiRegistry, { id: "Problem", description: "An error, as RFC 9457 problem details." });

/** One row of items.csv; the keys are the CSV's columns, in order. */
export const itemRowSchema = z
  .object({
    date: isoDate,
    day: z.number().int().positive(),
    section: z.enum(SECTION_KEYS),
    position: z.number().int().positive().describe("The item's place in its section, from 1"),
    text: z.string().describe("The item as plain text (a cell starting with = + - @, a tab or a carriage return gets a leading ')"),
    source_names: z.string().describe("The day's sources, one per line"),
    source_urls: z.string().describe("Their URLs, one per line in the same order; an empty line for a source without one"),
  })
  .register(apiRegistry, { id: "ItemRow", description: "One row of items.csv (header row first; RFC 4180 quoting, CRLF line ends)." });

export type ApiLicense = z.infer<typeof licenseSchema>;
export type ApiDay = z.infer<typeof daySchema>;
export type ApiDayEntry = z.infer<typeof dayEntrySchema>;
export type ApiConflictSummary = z.infer<typeof conflictSummarySchema>;
export type ApiConflict = z.infer<typeof conflictSchema>;
export type ApiConflictList = z.infer<typeof conflictListSchema>;
export type ApiProblem = z.infer<typeof problemSchema>;
export type ApiItemRow = z.infer<typeof itemRowSchema>;
