import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "@/lib/api/openapi";

/** The top-level keys of an OpenAPI document: ajv ignores them, so the document compiles as a schema whose components can be referenced. */
const OPENAPI_KEYWORDS = [
  "openapi",
  "info",
  "servers",
  "paths",
  "components",
  "jsonSchemaDialect",
  "webhooks",
  "security",
  "tags",
  "externalDocs",
];

/**
 * Validates API responses with ajv against a component schema of the OpenAPI document,
 * by default the strict one (no property the schemas do not describe). Returns ajv's
 * errors as text, empty when the value is valid.
 */
export function createApiValidator(document: Record<string, unknown> = buildOpenApiDocument({ strict: true })) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  ajv.addSchema(document, "daybook-openapi");
  return (schema: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`daybook-openapi#/components/schemas/${schema}`);
    if (!validate) throw new Error(`no schema ${schema}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  };
}
