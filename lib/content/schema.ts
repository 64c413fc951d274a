import { z } from "zod";
import { isIsoDate } from "@/lib/dates";
import { DEFAULT_LICENSE, LICENSE_IDS, parseLicenseId, suggestLicenseId } from "@/lib/licenses";
import { SECTION_KEYS } from "@/lib/sections";
import { formatTagSlug } from "@/lib/tags";
import { PLACE_KINDS } from "@/lib/maps/place-kinds";

const isoDate = z.string().refine(isIsoDate, { message: "is not a real calendar date in the form YYYY-MM-DD" });

/** Absolute http(s) URL. */
const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "must be an absolute http:// or https:// URL" });

/** A slug: lowercase letters, digits and single hyphens, as in `reuters-pokrovsk`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = (example: string) => z.string().max(80).regex(SLUG, { error: `must be a slug: lowercase letters, digits and hyphens, e.g. ${example}` });

const source = z.strictObject({
  /** What items and figures cite it by: `[^reuters-pokrovsk]`, `source: reuters-pokrovsk`. Optional for sources nobody cites. */
  id: slug("reuters-pokrovsk").optional(),
  name: z.string().trim().min(1),
  url: webUrl.optional(),
});

/** Whether every section item must cite a source (`required`) or only should (`optional`, the default). */
export const CITATION_POLICIES = ["optional", "required"] as const;
const citationPolicy = z.enum(CITATION_POLICIES, { error: 'must be "optional" or "required"' });

const dateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with a time zone" });

/** A correction's date: a calendar date, or a date-time with a time zone. */
const correctionDate = z.string().refine((text) => isIsoDate(text) || dateTime.safeParse(text).success, {
  message: "must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone",
});

const tagList = z.array(z.string().trim().min(1, { abort: true }).max(80).refine((name) => formatTagSlug(name) !== "", {
  message: "must contain a letter or digit",
}));

/** An SPDX license id from lib/licenses.ts, matched whatever its case and given in its canonical spelling. */
const licenseId = z
  .string()
  .refine((text) => parseLicenseId(text) !== undefined, {
    error: ({ input }) => {
      const suggestion = typeof input === "string" ? suggestLicenseId(input) : undefined;
      return `${JSON.stringify(input)} is not a license Daybook knows${suggestion ? ` (did you mean ${suggestion}?)` : ""}`;
    },
  })
  .transform((text) => parseLicenseId(text) ?? DEFAULT_LICENSE);
/**
 * A figure the conflict tracks, declared in `_conflict.md`: its key (what days
 * report it by), label and unit as readers see them, and whether it is
 * cumulative (a running total, which only rises).
 */
const figureDeclaration = z.strictObject({
  key: slug("civilians-killed"),
  label: z.string().trim().min(1).max(80),
  unit: z.string().trim().min(1).max(40),
  cumulative: z.boolean().optional(),
  description: z.string().trim().min(1).max(300).optional(),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const mapObjectName = z.string().trim().min(1).max(80);

/** The area a conflict's map shows, in degrees; it may not cross 180°. */
const mapFrameSchema = z
  .strictObject({ west: longitude, south: latitude, east: longitude, north: latitude })
  .refine((frame) => frame.west < frame.east && frame.south < frame.north, { message: "must have west < east and south < north" });

/** `map:` in `_conflict.md`: the objects of `_map.topo.json` to draw, and optionally the area to show. */
const conflictMapSchema = z.strictObject({
  outline: mapObjectName.optional(),
  regions: mapObjectName.optional(),
  lakes: mapObjectName.optional(),
  rivers: mapObjectName.optional(),
  frame: mapFrameSchema.optional(),
});

export type ConflictMapSettings = z.infer<typeof conflictMapSchema>;

/** Front matter of `_conflict.md`. */
export const conflictFrontMatterSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  start: isoDate,
  summary: z.string().trim().min(1).max(300).optional(),
  citations: citationPolicy.optional(),
  /** What the conflict's briefings are published under (pages, API, downloads). */
  license: licenseId.default(DEFAULT_LICENSE),
  figures: z.array(figureDeclaration).optional(),
  map: conflictMapSchema.optional(),
});

/**
 * A figure reported by a day: one of its conflict's declared keys, a plain
 * non-negative number, the date it stands at (`as_of`, by default the file's
 * date), the `id` of the day's source that reports it, and an optional note.
 * Keys, sources, dates and separators are checked in lint-figures.ts.
 */
const figureReport = z.strictObject({
  key: z.string().trim().min(1).max(80),
  value: z.number().nonnegative(),
  as_of: isoDate.optional(),
  source: z.string().trim().min(1).max(80),
  note: z.string().trim().min(1).max(200).optional(),
});

const placeName = z
  .string()
  .trim()
  .min(1, { abort: true })
  .max(80)
  .refine((name) => formatTagSlug(name) !== "", { message: "must contain a letter or digit" });

/** One entry of `_places.yml`: a place's name, its WGS84 coordinates in decimal degrees, other spellings and kind. */
const gazetteerEntrySchema = z.strictObject({
  name: placeName,
  lat: latitude,
  lon: longitude,
  aliases: z.array(placeName).optional(),
  kind: z.enum(PLACE_KINDS).optional(),
});

/** `_places.yml`: a list of places (wrapped as `places:` so that problems are named places[3].lat). */
export const gazetteerFileSchema = z.strictObject({ places: z.array(gazetteerEntrySchema) });
export const GAZETTEER_KEYS = Object.keys(gazetteerEntrySchema.shape);

/** Front matter of a day's briefing, `YYYY-MM-DD.md`. */
export const briefingFrontMatterSchema = z.strictObject({
  summary: z.string().trim().min(1).max(300),
  title: z.string().trim().min(1).max(200).optional(),
  date: isoDate.optional(),
  sources: z.array(source).optional(),
  updated: dateTime.optional(),
  draft: z.boolean().optional(),
  /** When a production server starts showing the day (a date-time with a time zone); until then it is treated like a draft. */
  publish_at: dateTime.optional(),
  places: tagList.optional(),
  topics: tagList.optional(),
  /** A correction may name the figure it corrects (`figure: civilians-killed`): the figure is then shown as corrected. */
  corrections: z.array(z.strictObject({ date: correctionDate, text: z.string().trim().min(1), figure: z.string().trim().min(1).max(80).optional() })).optional(),
  figures: z.array(figureReport).optional(),
});

export type BriefingFrontMatter = z.infer<typeof briefingFrontMatterSchema>;

/**
 * One item of a section: a list item or a paragraph. `id` is its anchor on the
 * page (`battlefield-2`), `html` is safe HTML with its citation markers turned
 * into numbered links, `text` is plain text without them, and `cites` holds the
 * source ids its markers name, in order.
 */
const itemSchema = z.object({ id: z.string(), html: z.string(), text: z.string(), cites: z.array(z.string()) });

/**
 * A source as the page lists it: numbered in order of first citation (the lede
 * first, then the sections in their fixed order, items in order); sources nobody
 * cites follow, numbered on, in the order written. `anchor` is its id on the page
 * (`source-2`), `domain` the host of its URL without "www.", and `citedBy` a link
 * back to each item that cites it.
 */
const citedSourceSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  url: z.string().optional(),
  domain: z.string().optional(),
  number: z.number().int().positive(),
  anchor: z.string(),
  citedBy: z.array(z.object({ href: z.string(), label: z.string() })),
});

/** A declared figure as the app uses it: `cumulative` is false unless declared true. */
const figureDefinitionSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  cumulative: z.boolean(),
  description: z.string().optional(),
});

/**
 * A figure a day reports, ready to show: its declaration's label and unit, the
 * value and the date it stands at, its note, its source as the page numbers it
 * (the same number as the items' citations), its anchor on the page
 * (`figure-civilians-killed`) and the day's corrections that name it.
 */
const briefingFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  cumulative: z.boolean(),
  value: z.number().nonnegative(),
  asOf: isoDate,
  note: z.string().optional(),
  anchor: z.string(),
  source: z.object({ id: z.string(), name: z.string(), url: z.string().optional(), number: z.number().int().positive(), anchor: z.string() }),
  corrections: z.array(z.object({ date: z.string(), text: z.string() })),
});

const sectionSchema = z.object({
  key: z.enum(SECTION_KEYS),
  heading: z.string(),
  items: z.array(itemSchema).min(1),
});

/** A validated briefing as the app uses it. */
export const briefingSchema = z.object({
  conflict: z.string(),
  date: isoDate,
  day: z.number().int().positive(),
  summary: z.string(),
  title: z.string().optional(),
  ledeHtml: z.string().optional(),
  sections: z.array(sectionSchema).min(1),
  sources: z.array(citedSourceSchema),
  /** The figures the day reports, in the order written. */
  figures: z.array(briefingFigureSchema),
  places: z.array(z.string()),
  topics: z.array(z.string()),
  /** Corrections, oldest first; `date` is as written (a date or a date-time). */
  corrections: z.array(z.object({ date: z.string(), text: z.string() })),
  updated: z.string().optional(),
  /** ISO 8601 (UTC): the day itself, at midnight UTC. */
  published: z.string(),
  /** ISO 8601 (UTC): the latest published revision's commit time when git tracks the file, else the later of `updated` and the latest correction, else `published`; never before `published`. */
  modified: z.string(),
  draft: z.boolean(),
  /** ISO 8601 as written: when the day is published, if scheduled. */
  publishAt: z.string().optional(),
});

/** A validated conflict as the app uses it. */
export const conflictSchema = z.object({
  slug: z.string(),
  name: z.string(),
  start: isoDate,
  summary: z.string().optional(),
  aboutHtml: z.string().optional(),
  /** Absent means "optional". */
  citations: citationPolicy.optional(),
  license: z.enum(LICENSE_IDS),
  /** The figures its days may report, in the order declared; absent when it declares none. */
  figures: z.array(figureDefinitionSchema).optional(),
  map: conflictMapSchema.optional(),
});

/** A place of a conflict's gazetteer as the app uses it. */
export const placeSchema = z.object({
  name: z.string(),
  /** The slug of its name: its page is /<conflict>/places/<slug>. */
  slug: z.string(),
  lat: z.number(),
  lon: z.number(),
  kind: z.enum(PLACE_KINDS),
  aliases: z.array(z.string()),
});

export type BriefingItem = z.infer<typeof itemSchema>;
export type FigureDefinition = z.infer<typeof figureDefinitionSchema>;
export type BriefingFigure = z.infer<typeof briefingFigureSchema>;
export type CitedSource = z.infer<typeof citedSourceSchema>;
export type BriefingSection = z.infer<typeof sectionSchema>;
export type Briefing = z.infer<typeof briefingSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Place = z.infer<typeof placeSchema>;
