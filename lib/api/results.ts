import { randomUUID } from "node:crypto";
import type { ApiConflictView, ApiDayExtras, Briefing, Conflict } from "@/lib/content";
import { isIsoDate } from "@/lib/dates";
import { formatEtag } from "@/lib/publish/etag";
import { getSiteUrl } from "@/lib/site";
import { formatCsvHeader, formatCsvRows, formatItemRows } from "./csv";
import { formatApiConflict, formatApiConflictList, formatApiDay } from "./format";
import { createProblem, createUnknownAddress, type ApiBody, type ApiResult } from "./http";
import { serializeApiJson } from "./json";
import { buildOpenApiDocument } from "./openapi";
import { streamText } from "./stream";

// What each endpoint answers, from its view. Bodies that are built whole are kept per
// version of the content (keyed on the store's own objects, which are replaced when the
// content changes) and per SITE_URL, with a strong ETag from their bytes.

const NO_CONFLICT = "No conflict has this slug; /api/v1/conflicts lists them all.";

/** Memoizes a body and its ETag per key object, as long as the key lives. */
function createBodyCache<K extends object>() {
  const cache = new WeakMap<K, { siteUrl: string; body: string; etag: string }>();
  return (key: K, build: () => unknown) => {
    const siteUrl = getSiteUrl();
    let entry = cache.get(key);
    if (entry?.siteUrl !== siteUrl) {
      const body = serializeApiJson(build());
      entry = { siteUrl, body, etag: formatEtag(body) };
      cache.set(key, entry);
    }
    return entry;
  };
}

const conflictBodies = createBodyCache<readonly Briefing[]>();
const dayBodies = createBodyCache<Briefing>();
const openApiBodies = createBodyCache<object>();
const OPENAPI_KEY = {};

/** `/api/v1/conflicts`: small, so built on every request. */
export function formatConflictListResult(view: { conflicts: ApiConflictView[] }): ApiBody {
  const body = serializeApiJson(formatApiConflictList(view.conflicts));
  return { kind: "json", body, etag: formatEtag(body) };
}

/** `/api/v1/conflicts/<slug>`. */
export function formatConflictResult(view: ApiConflictView | undefined): ApiResult {
  if (!view) return createProblem(404, NO_CONFLICT);
  return { kind: "json", ...conflictBodies(view.briefings, () => formatApiConflict(view.conflict, view.briefings)) };
}

/** `/api/v1/conflicts/<slug>/days/<date>`. */
export function formatDayResult(
  date: string,
  view: { conflict: Conflict; briefing?: Briefing; extras: ApiDayExtras } | undefined,
): ApiResult {
  if (!view) return createProblem(404, NO_CONFLICT);
  if (!isIsoDate(date)) return createProblem(404, "Not a calendar date: write the date as YYYY-MM-DD.");
  const { conflict, briefing, extras } = view;
  if (!briefing) return createProblem(404, "The conflict has no published briefing for this date.");
  return { kind: "json", ...dayBodies(briefing, () => formatApiDay(conflict, briefing, extras)) };
}

/**
 * A streamed download's ETag. Its bytes are never all in memory to be hashed, so the
 * ETag names the version of the content instead: a random id per version of the
 * store (and per process, so new code gets new ETags), weak because it says "the
 * same content" rather than promising the same bytes.
 */
const versions = new WeakMap<readonly Briefing[], string>();
function formatVersionEtag(briefings: readonly Briefing[], kind: string): string {
  let version = versions.get(briefings);
  if (!version) versions.set(briefings, (version = randomUUID()));
  return `W/"${formatEtag(`${version} ${getSiteUrl()}`).slice(1, -1)}-${kind}"`;
}

/** `/api/v1/conflicts/<slug>/days.ndjson`: every day, oldest first, one JSON object a line. */
export function formatNdjsonResult(view: ApiConflictView | undefined): ApiResult {
  if (!view) return createProblem(404, NO_CONFLICT);
  const { conflict, briefings, extras } = view;
  return {
    kind: "ndjson",
    etag: formatVersionEtag(briefings, "ndjson"),
    filename: `${conflict.slug}-days.ndjson`,
    body: () => streamText(briefings.length, (i) => `${serializeApiJson(formatApiDay(conflict, briefings[i]!, extras))}\n`),
  };
}

/** `/api/v1/conflicts/<slug>/items.csv`: a header row, then every item of every day, oldest first. */
export function formatCsvResult(view: ApiConflictView | undefined): ApiResult {
  if (!view) return createProblem(404, NO_CONFLICT);
  const { conflict, briefings } = view;
  return {
    kind: "csv",
    etag: formatVersionEtag(briefings, "csv"),
    filename: `${conflict.slug}-items.csv`,
    body: () => streamText(briefings.length, (i) => formatCsvRows(formatItemRows(briefings[i]!)), formatCsvHeader()),
  };
}

/** `/api/v1/openapi.json`: the API's description, generated from its schemas. */
export function formatOpenApiResult(): ApiResult {
  return { kind: "json", ...openApiBodies(OPENAPI_KEY, () => buildOpenApiDocument()) };
}

/** Any other address under /api/. */
export function formatUnknownApiPathResult(): ApiResult {
  return createUnknownAddress();
}
