import { z } from "zod";
import { LICENSE_IDS } from "@/lib/licenses";
import { SECTION_KEYS } from "@/lib/sections";

/**
 * The open-data API's responses, defined once: the route handlers' output is typed
 * from these (`z.infer`), the OpenAPI document is generated from them (lib/api/openapi.ts),
 * and the tests validate every response against that document with ajv.
 *
 * Version 1 only grows: a field may be added (optional fields below are those of
 * capabilities that have not landed yet: they appear once they do), none is renamed
 * or removed. A breaking change would be /api/v2/.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

const absoluteUrl = z.url().describe("An absolute URL");
const isoDate = z.iso.date().describe("A calendar date, YYYY-MM-DD");
const instant = z.iso.datetime().describe("An ISO 8601 date-time in UTC");

export const licenseSchema = z
  .object({
    id: z.enum(LICENSE_IDS).describe("SPDX license id"),
    name: z.string(),
    url: absoluteUrl.describe("The license's terms"),
  })
  .register(apiRegistry, { id: "License", description: "What the data is published under; reuse must follow its terms." });

const pageLink = z.object({ page: absoluteUrl.describe("The page on the site") });

export const itemSchema = z
  .object({
    text: z.string().describe("The item as plain text"),
    html: z.string().describe("The item as sanitized HTML (the site's renderer: no raw HTML, only http(s) and mailto links)"),
    citations: z
      .array(z.string())
      .optional()
      .describe("Ids of the sources (in `sources`) this item cites, in order; present once citations land"),
  })
  .register(apiRegistry, { id: "Item", description: "One item of a section: a list entry or a paragraph." });

export const sectionSchema = z
  .object({
    key: z.enum(SECTION_KEYS),
    heading: z.string().describe("The section's heading as readers see it"),
    items: z.array(itemSchema),
  })
  .register(apiRegistry, { id: "Section", description: "A section of a briefing; sections always come in the order of `key`'s values." });

export const sourceSchema = z
  .object({
    id: z.string().optional().describe("The id items cite it by; present once citations land"),
    name: z.string(),
    url: absoluteUrl.optional(),
  })
  .register(apiRegistry, { id: "Source" });

export const placeSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    coordinates: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .optional()
      .describe("WGS 84 decimal degrees, where the conflict's gazetteer has them"),
    links: pageLink,
  })
  .register(apiRegistry, { id: "Place" });

export const topicSchema = z.object({ name: z.string(), slug: z.string(), links: pageLink }).register(apiRegistry, { id: "Topic" });

export const figureSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    value: z.number(),
    unit: z.string().optional(),
    asOf: isoDate.optional().describe("The date the value refers to"),
    source: z.string().optional().describe("Id of the source (in `sources`) that reports it"),
    note: z.string().optional(),
  })
  .register(apiRegistry, { id: "Figure", description: "A key figure reported on the day; present once figures land." });

export const correctionSchema = z
  .object({
    date: z.union([isoDate, z.iso.datetime({ offset: true })]).describe("When it was corrected: a date, or a date-time with a time zone"),
    text: z.string(),
  })
  .register(apiRegistry, { id: "Correction" });

export const daySchema = z
  .object({
    conflict: z.string().describe("The conflict's slug"),
    date: isoDate,
    day: z.number().int().positive().describe("Day N of the conflict (day 1 is its start)"),
    title: z.string().optional(),
    summary: z.string(),
    lede: z.object({ html: z.string() }).optional().describe("Paragraphs before the first section, as sanitized HTML"),
    sections: z.array(sectionSchema),
    sources: z.array(sourceSchema),
    places: z.array(placeSchema),
    topics: z.array(topicSchema),
    figures: z.array(figureSchema).optional(),
    corrections: z.array(correctionSchema).describe("Oldest first"),
    published: instant.describe("The day itself, at midnight UTC"),
    modified: instant.describe("The last change readers can see (the later of `updated` and the latest correction, else the last commit)"),
    license: licenseSchema,
    links: z.object({
      page: absoluteUrl,
      api: absoluteUrl,
      history: absoluteUrl.optional().describe("The page listing the day's published revisions; present once history lands"),
    }),
  })
  .register(apiRegistry, { id: "Day", description: "One day's full briefing: the day endpoint, and each line of days.ndjson." });

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
