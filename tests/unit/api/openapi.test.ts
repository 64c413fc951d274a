import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "@/lib/api/csv";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { itemRowSchema } from "@/lib/api/schemas";
import { createApiValidator } from "./api-validator";

type Doc = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { additionalProperties?: boolean; properties?: object }> };
};

describe("the OpenAPI document", () => {
  it.each([false, true])("is a valid OpenAPI 3.1 document (strict: %s) by @seriousme/openapi-schema-validator", async (strict) => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApiDocument({ strict }));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("the validator itself rejects a broken document", async () => {
    const broken = { ...buildOpenApiDocument(), paths: { "/x": { get: { responses: { "200": { content: "not an object" } } } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("describes every endpoint, for GET and HEAD, and every schema of the registry", () => {
    const doc = buildOpenApiDocument() as Doc;
    expect(Object.keys(doc.paths)).toEqual(API_ENDPOINTS.map((e) => e.path));
    for (const item of Object.values(doc.paths)) expect(Object.keys(item)).toEqual(["parameters", "get", "head"]);
    const ids = Object.keys(doc.components.schemas);
    const registered = [
      "ConflictList",
      "Conflict",
      "ConflictSummary",
      "DayEntry",
      "Day",
      "Section",
      "Item",
      "Source",
      "Place",
      "Topic",
      "Figure",
      "Correction",
      "License",
      "Problem",
      "ItemRow",
    ];
    expect([...ids].sort()).toEqual([...registered].sort());
    for (const endpoint of API_ENDPOINTS) if (endpoint.schema) expect(ids).toContain(endpoint.schema);
  });

  it("published, objects accept fields added later; strict (the tests), they accept none the schemas do not describe", () => {
    const published = buildOpenApiDocument() as Doc;
    const strict = buildOpenApiDocument({ strict: true }) as Doc;
    expect(published.components.schemas.Day?.additionalProperties).toBeUndefined();
    expect(strict.components.schemas.Day?.additionalProperties).toBe(false);
    const license = {
      id: "CC-BY-4.0",
      name: "Creative Commons Attribution 4.0 International",
      url: "https://creativecommons.org/licenses/by/4.0/",
    };
    expect(createApiValidator()("License", license)).toEqual([]);
    expect(createApiValidator()("License", { ...license, extra: 1 })).not.toEqual([]);
    expect(createApiValidator(published)("License", { ...license, extra: 1 })).toEqual([]);
    expect(createApiValidator()("License", { ...license, id: "GPL-3.0" })).not.toEqual([]);
  });

  it("items.csv's columns are its row schema's keys, in order", () => {
    expect([...CSV_COLUMNS]).toEqual(Object.keys(itemRowSchema.shape));
  });
});
