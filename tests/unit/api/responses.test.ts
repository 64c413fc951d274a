import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/api/csv";
import { API_CACHE_CONTROL, API_CONTENT_TYPES } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getStore } from "@/lib/content/store";
import { FIXTURES } from "../helpers";
import { createApiValidator } from "./api-validator";
import { callApi } from "./call-api";

const validate = createApiValidator();

/** Reads a response: its status, exact Content-Type and body. */
async function read(pathname: string) {
  const response = await callApi(pathname);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text(), headers: response.headers };
}

// Every endpoint's response on the shipped content and on the fixture content, as a
// production server gives them (drafts left out), validated with ajv against the strict
// OpenAPI components: nothing missing, no field the schemas do not describe.
describe.each([
  ["the shipped content", path.resolve("content")],
  ["the fixture content", path.join(FIXTURES, "content-multi")],
])("every endpoint on %s matches its schema", (_name, dir) => {
  beforeAll(() => {
    vi.stubEnv("CONTENT_DIR", dir);
    vi.stubEnv("NODE_ENV", "production");
  });
  afterAll(() => vi.unstubAllEnvs());

  it("the list of conflicts, each conflict, each day, and both downloads", async () => {
    const list = await read("/api/v1/conflicts");
    expect([list.status, list.type]).toEqual([200, API_CONTENT_TYPES.json]);
    const { conflicts } = JSON.parse(list.text);
    expect(validate("ConflictList", JSON.parse(list.text))).toEqual([]);
    expect(conflicts.map((c: { slug: string }) => c.slug)).toEqual(getStore().conflicts.map((c) => c.slug));
    let days = 0;
    for (const { slug } of conflicts) {
      const conflict = await read(`/api/v1/conflicts/${slug}`);
      expect([conflict.status, conflict.type]).toEqual([200, API_CONTENT_TYPES.json]);
      const body = JSON.parse(conflict.text);
      expect(validate("Conflict", body)).toEqual([]);
      for (const entry of body.days) {
        const day = await read(`/api/v1/conflicts/${slug}/days/${entry.date}`);
        expect([day.status, day.type], entry.date).toEqual([200, API_CONTENT_TYPES.json]);
        expect(validate("Day", JSON.parse(day.text)), entry.date).toEqual([]);
        days++;
      }
      const ndjson = await read(`/api/v1/conflicts/${slug}/days.ndjson`);
      expect([ndjson.status, ndjson.type]).toEqual([200, API_CONTENT_TYPES.ndjson]);
      const lines = ndjson.text.split("\n");
      expect(lines.pop()).toBe(""); // every line ends with \n
      expect(lines).toHaveLength(body.days.length);
      for (const line of lines) expect(validate("Day", JSON.parse(line))).toEqual([]);

      const csv = await read(`/api/v1/conflicts/${slug}/items.csv`);
      expect([csv.status, csv.type]).toEqual([200, API_CONTENT_TYPES.csv]);
      const [header, ...rows] = parse(csv.text, { record_delimiter: "\r\n" }) as string[][];
      expect(header).toEqual([...CSV_COLUMNS]);
      for (const row of rows) {
        const record = Object.fromEntries(
          CSV_COLUMNS.map((column, i) => [column, column === "day" || column === "position" ? Number(row[i]) : row[i]]),
        );
        expect(validate("ItemRow", record)).toEqual([]);
      }
    }
    expect(days).toBe([...getStore().indexes.values()].reduce((n, index) => n + index.oldestFirst.length, 0));
  });

  it("the OpenAPI document is the generated one", async () => {
    const openapi = await read("/api/v1/openapi.json");
    expect([openapi.status, openapi.type]).toEqual([200, API_CONTENT_TYPES.json]);
    expect(JSON.parse(openapi.text)).toEqual(buildOpenApiDocument());
  });

  it("unknown conflicts, days and addresses, and invalid dates, are 404 problems", async () => {
    const [slug] = getStore().conflicts.map((c) => c.slug);
    for (const pathname of [
      "/api/v1/conflicts/no-such-war",
      `/api/v1/conflicts/${slug}/days/1900-01-01`,
      `/api/v1/conflicts/${slug}/days/2024-02-30`,
      `/api/v1/conflicts/${slug}/days/today`,
      "/api/v1/conflicts/no-such-war/days.ndjson",
      "/api/v1/conflicts/no-such-war/items.csv",
      "/api/v1/nothing",
      "/api",
    ]) {
      const problem = await read(pathname);
      expect([problem.status, problem.type], pathname).toEqual([404, API_CONTENT_TYPES.problem]);
      const body = JSON.parse(problem.text);
      expect(validate("Problem", body)).toEqual([]);
      expect(body).toMatchObject({ status: 404, title: "Not Found", instance: pathname });
      expect(problem.headers.get("cache-control")).toBe(API_CACHE_CONTROL);
    }
  });
});
