import { describe, expect, it } from "vitest";
import {
  API_ALLOW,
  API_CACHE_CONTROL,
  createMethodNotAllowed,
  createProblem,
  formatApiResponse,
  formatPreflightResponse,
  matchesIfNoneMatch,
} from "@/lib/api/http";

const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://127.0.0.1/api/v1/conflicts", { method, headers });
const body = { kind: "json" as const, etag: '"abc"', body: '{"a":1}' };

describe("If-None-Match", () => {
  it.each([
    ['"abc"', '"abc"', true],
    ['W/"abc"', '"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['"x", "abc"', '"abc"', true],
    ["*", '"abc"', true],
    ['"abd"', '"abc"', false],
    ["abc", '"abc"', false],
    [null, '"abc"', false],
  ])("%j against %j: %s", (header, etag, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });
});

describe("API responses", () => {
  it("200 with exact Content-Type, ETag, the pages' Cache-Control and CORS", async () => {
    const response = formatApiResponse(get(), body);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/json",
      etag: '"abc"',
      "cache-control": API_CACHE_CONTROL,
      "access-control-allow-origin": "*",
    });
    expect(await response.text()).toBe('{"a":1}');
  });

  it("304 without a body when the client's copy is current", async () => {
    const response = formatApiResponse(get({ "if-none-match": '"abc"' }), body);
    expect([response.status, response.headers.get("etag"), await response.text()]).toEqual([304, '"abc"', ""]);
  });

  it("HEAD: the same headers, no body, and a download's stream is never made", async () => {
    let made = false;
    const response = formatApiResponse(get({}, "HEAD"), {
      kind: "ndjson",
      etag: 'W/"v"',
      body: () => ((made = true), new ReadableStream()),
    });
    expect([response.status, response.headers.get("content-type"), await response.text(), made]).toEqual([
      200,
      "application/x-ndjson",
      "",
      false,
    ]);
  });

  it("problems are application/problem+json (RFC 9457) with the address as their instance", async () => {
    const response = formatApiResponse(get(), createProblem(404, "No such thing."));
    expect([response.status, response.headers.get("content-type")]).toEqual([404, "application/problem+json"]);
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "No such thing.",
      instance: "/api/v1/conflicts",
    });
    const refused = formatApiResponse(get({}, "POST"), createMethodNotAllowed());
    expect([refused.status, refused.headers.get("allow"), (await refused.json()).status]).toEqual([405, API_ALLOW, 405]);
  });

  it("OPTIONS answers a CORS preflight for GET and HEAD", () => {
    const response = formatPreflightResponse();
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      allow: API_ALLOW,
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD",
    });
  });
});
