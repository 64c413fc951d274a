import { z } from "zod";
import { SECTION_KEYS } from "@/lib/sections";
import { absoluteUrl, apiRegistry, instant, isoDate, licenseSchema } from "./registry";

// One day's briefing as the API gives it, and its parts. See lib/api/registry.ts for the rules.

const pageLink = z.object({ page: absoluteUrl.describe("The page on the site") });

export const itemSchema = z
  .object({
    text: z.string().describe("The item as plain text"),
    html: z.string().describe("The item as sanitized HTML (the site's renderer: no raw HTML, only http(s) and mailto links)"),
    citations: z.array(z.string()).optional().describe("Ids of the sources (in `sources`) this item cites, in order"),
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
    id: z.string().optional().describe("The id items and figures cite it by; absent for a source nobody cites"),
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
  .register(apiRegistry, {
    id: "Figure",
    description: "A key figure reported on the day, with its as-of date and the id of the source that reports it.",
  });

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
      history: absoluteUrl.optional().describe("The page listing the day's published revisions; present when git tracks the day's file"),
    }),
  })
  .register(apiRegistry, { id: "Day", description: "One day's full briefing: the day endpoint, and each line of days.ndjson." });
