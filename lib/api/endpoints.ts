import {
  formatApiConflictPath,
  formatApiConflictsPath,
  formatApiCsvPath,
  formatApiDayPath,
  formatApiNdjsonPath,
  formatOpenApiPath,
} from "./paths";

/**
 * The API's endpoints, listed once: the OpenAPI document's paths (lib/api/openapi.ts)
 * and the /data page's list are both made from this.
 */
export interface ApiEndpoint {
  operationId: string;
  /** Below /api/v1, as an OpenAPI path template. */
  path: string;
  summary: string;
  description: string;
  parameters: readonly ("conflict" | "date")[];
  kind: "json" | "ndjson" | "csv";
  /** The component schema of the body (of each line for NDJSON, of each row for CSV). */
  schema: string;
  /** A real address of this endpoint, for examples. */
  example(slug: string, date: string): string;
}

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  {
    operationId: "listConflicts",
    path: "/conflicts",
    summary: "Every conflict",
    description: "Every conflict, by name: its name, start, summary, license, how many days it has, its newest day, and links.",
    parameters: [],
    kind: "json",
    schema: "ConflictList",
    example: () => formatApiConflictsPath(),
  },
  {
    operationId: "getConflict",
    path: "/conflicts/{conflict}",
    summary: "One conflict and the index of its days",
    description:
      "The conflict, plus every day with a published briefing, oldest first: date, day number, title, summary, modified time, page and API URLs.",
    parameters: ["conflict"],
    kind: "json",
    schema: "Conflict",
    example: (slug) => formatApiConflictPath(slug),
  },
  {
    operationId: "getDay",
    path: "/conflicts/{conflict}/days/{date}",
    summary: "One day's full briefing",
    description:
      "Sections with their items as plain text and as sanitized HTML, sources, places, topics, corrections, published and modified times, the license, and links to the page.",
    parameters: ["conflict", "date"],
    kind: "json",
    schema: "Day",
    example: (slug, date) => formatApiDayPath(slug, date),
  },
  {
    operationId: "downloadDays",
    path: "/conflicts/{conflict}/days.ndjson",
    summary: "Every day, one JSON object a line",
    description: "Every published day of the conflict, oldest first, each line a Day exactly as the day endpoint gives it. Streamed.",
    parameters: ["conflict"],
    kind: "ndjson",
    schema: "Day",
    example: (slug) => formatApiNdjsonPath(slug),
  },
  {
    operationId: "downloadItems",
    path: "/conflicts/{conflict}/items.csv",
    summary: "Every item, one CSV row each",
    description:
      "A header row, then one row per item, oldest day first: date, day, section, position, text, and the day's source names and URLs. Cells that a spreadsheet would run as a formula start with a single quote. Streamed.",
    parameters: ["conflict"],
    kind: "csv",
    schema: "ItemRow",
    example: (slug) => formatApiCsvPath(slug),
  },
  {
    operationId: "getOpenApi",
    path: "/openapi.json",
    summary: "This description",
    description: "The OpenAPI 3.1 document of the API, generated from the schemas the server uses.",
    parameters: [],
    kind: "json",
    schema: "",
    example: () => formatOpenApiPath(),
  },
];
