import { expect, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { CSV_COLUMNS } from "../../lib/api/csv";
import { API_CONTENT_TYPES } from "../../lib/api/http";
import { createApiValidator } from "../unit/api/api-validator";

const validate = createApiValidator();

/** GETs an API address and returns its status, exact Content-Type, body and headers. */
export async function getApi(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  return { status: response.status(), type: response.headers()["content-type"], headers: response.headers(), text: await response.text() };
}

/**
 * Fetches every endpoint of the running site (the list, each conflict, each of its
 * days, both downloads) and validates each answer with ajv against the strict schemas;
 * returns what it read, for further checks.
 */
export async function fetchAndValidateAll(request: APIRequestContext) {
  const list = await getApi(request, "/api/v1/conflicts");
  expect([list.status, list.type]).toEqual([200, API_CONTENT_TYPES.json]);
  const conflictList = JSON.parse(list.text);
  expect(validate("ConflictList", conflictList)).toEqual([]);
  const conflicts = [];
  for (const { slug } of conflictList.conflicts) {
    const conflict = await getApi(request, `/api/v1/conflicts/${slug}`);
    expect([conflict.status, conflict.type], slug).toEqual([200, API_CONTENT_TYPES.json]);
    const body = JSON.parse(conflict.text);
    expect(validate("Conflict", body), slug).toEqual([]);
    const days = [];
    for (const { date } of body.days) {
      const day = await getApi(request, `/api/v1/conflicts/${slug}/days/${date}`);
      expect([day.status, day.type], `${slug} ${date}`).toEqual([200, API_CONTENT_TYPES.json]);
      days.push(JSON.parse(day.text));
      expect(validate("Day", days.at(-1)), `${slug} ${date}`).toEqual([]);
    }
    const ndjson = await getApi(request, `/api/v1/conflicts/${slug}/days.ndjson`);
    expect([ndjson.status, ndjson.type]).toEqual([200, API_CONTENT_TYPES.ndjson]);
    const lines = ndjson.text
      .trimEnd()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    for (const line of lines) expect(validate("Day", line)).toEqual([]);
    const csv = await getApi(request, `/api/v1/conflicts/${slug}/items.csv`);
    expect([csv.status, csv.type]).toEqual([200, API_CONTENT_TYPES.csv]);
    const [header, ...rows]: string[][] = parse(csv.text, { record_delimiter: "\r\n" });
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const row of rows) {
      const record = Object.fromEntries(
        CSV_COLUMNS.map((column, i) => [column, column === "day" || column === "position" ? Number(row[i]) : row[i]]),
      );
      expect(validate("ItemRow", record)).toEqual([]);
    }
    conflicts.push({ slug, body, days, lines, csv: csv.text, rows });
  }
  return { list: conflictList, conflicts };
}
