import http from "node:http";
import { expect, test } from "@playwright/test";
import { API_ALLOW, API_CONTENT_TYPES } from "../../lib/api/http";
import { buildOpenApiDocument } from "../../lib/api/openapi";
import { fetchAndValidateAll, getApi } from "./api";
import { getShippedContent } from "./shipped-content";

const { conflict, briefings } = getShippedContent();
const SLUG = conflict.slug;
const DATE = briefings.at(-1)!.date;
const ENDPOINTS = [
  "/api/v1/conflicts",
  `/api/v1/conflicts/${SLUG}`,
  `/api/v1/conflicts/${SLUG}/days/${DATE}`,
  `/api/v1/conflicts/${SLUG}/days.ndjson`,
  `/api/v1/conflicts/${SLUG}/items.csv`,
  "/api/v1/openapi.json",
];

test("every endpoint answers on the shipped content, each answer matching its schema (ajv)", async ({ request }) => {
  const { list, conflicts } = await fetchAndValidateAll(request);
  expect(list.conflicts.map((c: { slug: string }) => c.slug)).toEqual([SLUG]);
  expect(conflicts[0]!.days.map((d: { date: string }) => d.date)).toEqual(briefings.map((b) => b.date));
  // The downloads hold exactly what the day endpoint gives, oldest first.
  expect(conflicts[0]!.lines).toEqual(conflicts[0]!.days);
  expect(conflicts[0]!.rows).toHaveLength(briefings.reduce((n, b) => n + b.sections.reduce((m, s) => m + s.items.length, 0), 0));
});

test("openapi.json is the document generated from the schemas", async ({ request }) => {
  process.env.SITE_URL = "http://127.0.0.1:3100"; // the server's, as the document names it
  const served = await getApi(request, "/api/v1/openapi.json");
  expect(served.type).toBe(API_CONTENT_TYPES.json);
  expect(JSON.parse(served.text)).toEqual(buildOpenApiDocument());
});

test("headers: exact Content-Type, CORS, the pages' Cache-Control, an ETag answered with 304, security headers", async ({ request }) => {
  const page = (await request.get(`/${SLUG}/${DATE}`)).headers();
  const types = [
    API_CONTENT_TYPES.json,
    API_CONTENT_TYPES.json,
    API_CONTENT_TYPES.json,
    API_CONTENT_TYPES.ndjson,
    API_CONTENT_TYPES.csv,
    API_CONTENT_TYPES.json,
  ];
  for (const [i, url] of ENDPOINTS.entries()) {
    const { status, headers } = await getApi(request, url);
    expect([status, headers["content-type"]], url).toEqual([200, types[i]]);
    expect(headers["access-control-allow-origin"], url).toBe("*");
    expect(headers["cache-control"], url).toBe(page["cache-control"]);
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["content-security-policy"], url).toContain("default-src 'self'");
    expect(headers.etag, url).toMatch(/^(W\/)?"[\w-]+"$/);
    const again = await getApi(request, url, { "if-none-match": headers.etag! });
    expect([again.status, again.text, again.headers.etag], url).toEqual([304, "", headers.etag]);
    const other = await getApi(request, url, { "if-none-match": '"something-else"' });
    expect(other.status, url).toBe(200);
  }
});

test("HEAD gives GET's status and headers without a body", async ({ request }) => {
  for (const url of [...ENDPOINTS, "/api/v1/conflicts/no-such-war"]) {
    const get = await request.get(url);
    const head = await request.head(url);
    expect(head.status(), url).toBe(get.status());
    expect(head.headers()["content-type"], url).toBe(get.headers()["content-type"]);
    expect(head.headers().etag, url).toBe(get.headers().etag);
    expect(await head.body(), url).toHaveLength(0);
  }
});

test("unknown conflicts, days and addresses, invalid dates and malformed paths: 404 problem+json", async ({ request }) => {
  for (const url of [
    "/api/v1/conflicts/no-such-war",
    `/api/v1/conflicts/${SLUG}/days/1900-01-01`,
    `/api/v1/conflicts/${SLUG}/days/2024-02-30`,
    `/api/v1/conflicts/${SLUG}/days/20240107`,
    "/api/v1/conflicts/no-such-war/items.csv",
    "/api/v1/nothing/here",
    "/api/v2/conflicts",
    "/api/%ZZ",
  ]) {
    const { status, type, text, headers } = await getApi(request, url);
    expect([status, type], url).toEqual([404, API_CONTENT_TYPES.problem]);
    expect(JSON.parse(text), url).toMatchObject({ type: "about:blank", title: "Not Found", status: 404, instance: url });
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  }
});

test("any method but GET, HEAD and OPTIONS: 405 problem+json with Allow", async ({ request }) => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE", "PROPFIND"]) {
    for (const url of [`/api/v1/conflicts/${SLUG}`, `/api/v1/conflicts/${SLUG}/days.ndjson`, "/api/v1/nothing"]) {
      const response = await request.fetch(url, { method, data: method === "PROPFIND" ? undefined : "{}" });
      expect([response.status(), response.headers()["content-type"], response.headers().allow], `${method} ${url}`).toEqual([
        405,
        API_CONTENT_TYPES.problem,
        API_ALLOW,
      ]);
      expect(await response.json()).toMatchObject({ status: 405, title: "Method Not Allowed" });
    }
  }
  const options = await request.fetch("/api/v1/conflicts", {
    method: "OPTIONS",
    headers: { origin: "https://example.org", "access-control-request-method": "GET" },
  });
  expect([options.status(), options.headers().allow, options.headers()["access-control-allow-origin"]]).toEqual([204, API_ALLOW, "*"]);
});

test("a page on another origin reads the API with fetch, If-None-Match and all (CORS preflight in Chromium)", async ({ page, baseURL }) => {
  // Another origin: a bare page from a server of the test's own, on another port of 127.0.0.1.
  const other = http.createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Elsewhere</title>"),
  );
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  try {
    const address = other.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await page.goto(`http://127.0.0.1:${port}/`);
    const result = await page.evaluate(async (origin) => {
      const first = await fetch(`${origin}/api/v1/conflicts`);
      const etag = first.headers.get("etag") ?? "";
      // If-None-Match is not a CORS-safelisted header: the browser sends an OPTIONS preflight first.
      const again = await fetch(`${origin}/api/v1/conflicts`, { headers: { "If-None-Match": etag }, cache: "no-store" });
      return { status: first.status, conflicts: (await first.json()).conflicts.length, etag, again: again.status };
    }, baseURL!);
    expect(result).toMatchObject({ status: 200, conflicts: 1, again: 304 });
    expect(result.etag).toMatch(/^"[\w-]+"$/);
  } finally {
    other.close();
  }
});

const HOSTILE = [
  "..",
  "%2e%2e",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%0d%0a",
  "%ZZ",
  "%C0%AE%C0%AE",
  "日本語",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201=1--",
  "x".repeat(300),
  "__proto__",
  "constructor",
  "_conflict.md",
  ".env",
  "~",
  "%20",
  "0",
  "-1",
  "9999-12-31",
];
const TEMPLATES = [
  "/api/{}",
  "/api/v1/{}",
  "/api/v1/conflicts/{}",
  `/api/v1/conflicts/{}/days/${DATE}`,
  `/api/v1/conflicts/${SLUG}/days/{}`,
  "/api/v1/conflicts/{}/days.ndjson",
  "/api/v1/conflicts/{}/items.csv",
  `/api/v1/conflicts/${SLUG}/days/${DATE}/{}`,
];

test(`${TEMPLATES.length * HOSTILE.length} hostile API paths: 404 (or a resolved real address), never 5xx, never HTML`, async ({
  request,
}) => {
  const statuses = new Map<number, number>();
  for (const template of TEMPLATES) {
    for (const value of HOSTILE) {
      const url = template.replace("{}", value);
      const response = await request.get(url, { maxRedirects: 0 });
      const status = response.status();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const normalized = new URL(url, "http://x").pathname !== url;
      expect(normalized ? [200, 308, 400, 404] : [400, 404], `${url.slice(0, 100)} → ${status}`).toContain(status);
      // An API address answers JSON; only a path whose dot segments lead out of /api/ may be a page.
      const api = new URL(url, "http://x").pathname.startsWith("/api");
      if (api && status !== 308 && status !== 400) expect(response.headers()["content-type"], url.slice(0, 100)).not.toContain("text/html");
      expect(await response.text()).not.toContain("root:x:0:0");
    }
  }
  console.log(`API URL fuzz: ${JSON.stringify(Object.fromEntries(statuses))}`);
});
