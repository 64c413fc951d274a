import { z } from "zod";
import { LICENSE_IDS } from "@/lib/licenses";

/**
 * The open-data API's responses are defined once, as zod schemas registered here
 * (registry.ts, day-schema.ts, schemas.ts): the route handlers' output is typed from
 * them (`z.infer`), the OpenAPI document is generated from them (lib/api/openapi.ts),
 * and the tests validate every response against that document with ajv.
 *
 * Version 1 only grows: a field may be added (optional fields below are those of
 * capabilities that have not landed yet: they appear once they do), none is renamed
 * or removed. A breaking change would be /api/v2/.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

export const absoluteUrl = z.url().describe("An absolute URL");
export const isoDate = z.iso.date().describe("A calendar date, YYYY-MM-DD");
export const instant = z.iso.datetime().describe("An ISO 8601 date-time in UTC");

export const licenseSchema = z
  .object({
    id: z.enum(LICENSE_IDS).describe("SPDX license id"),
    name: z.string(),
    url: absoluteUrl.describe("The license's terms"),
  })
  .register(apiRegistry, { id: "License", description: "What the data is published under; reuse must follow its terms." });
