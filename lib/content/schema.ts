import { z } from "zod";
import { isIsoDate } from "@/lib/dates";
import { SECTION_KEYS } from "@/lib/sections";
import { formatTagSlug } from "@/lib/tags";
import { PLACE_KINDS } from "@/lib/maps/place-kinds";

const isoDate = z.string().refine(isIsoDate, { message: "is not a real calendar date in the form YYYY-MM-DD" });

/** Absolute http(s) URL. */
const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "must be an absolute http:// or https:// URL" });

const source = z.strictObject({
  name: z.string().trim().min(1),
  url: webUrl.optional(),
});

const dateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with a time zone" });

/** A correction's date: a calendar date, or a date-time with a time zone. */
const correctionDate = z.string().refine((text) => isIsoDate(text) || dateTime.safeParse(text).success, {
  message: "must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone",
});

const tagList = z.array(z.string().trim().min(1, { abort: true }).max(80).refine((name) => formatTagSlug(name) !== "", {
  message: "must contain a letter or digit",
}));

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
  map: conflictMapSchema.optional(),
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
  places: tagList.optional(),
  topics: tagList.optional(),
  corrections: z.array(z.strictObject({ date: correctionDate, text: z.string().trim().min(1) })).optional(),
});

export type BriefingFrontMatter = z.infer<typeof briefingFrontMatterSchema>;

/** One item of a section: a list item or a paragraph, as safe HTML and as plain text. */
const itemSchema = z.object({ html: z.string(), text: z.string() });

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
  sources: z.array(z.object({ name: z.string(), url: z.string().optional() })),
  places: z.array(z.string()),
  topics: z.array(z.string()),
  /** Corrections, oldest first; `date` is as written (a date or a date-time). */
  corrections: z.array(z.object({ date: z.string(), text: z.string() })),
  updated: z.string().optional(),
  /** ISO 8601 (UTC): the day itself, at midnight UTC. */
  published: z.string(),
  /** ISO 8601 (UTC): the later of `updated` and the latest correction, else the file's last commit, else `published`; never before `published`. */
  modified: z.string(),
  draft: z.boolean(),
});

/** A validated conflict as the app uses it. */
export const conflictSchema = z.object({
  slug: z.string(),
  name: z.string(),
  start: isoDate,
  summary: z.string().optional(),
  aboutHtml: z.string().optional(),
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
export type BriefingSection = z.infer<typeof sectionSchema>;
export type Briefing = z.infer<typeof briefingSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Place = z.infer<typeof placeSchema>;
