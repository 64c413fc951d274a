import type { ApiConflictView } from "@/lib/content";
import { formatAbsoluteUrl } from "@/lib/site";
import { formatCsvHeader, formatCsvRows, formatItemRows } from "./csv";
import { API_ENDPOINTS, type ApiEndpoint } from "./endpoints";
import { formatApiConflict, formatApiConflictList, formatApiDay } from "./format";
import type { ApiProblem } from "./schemas";
import { serializeApiJson } from "./json";
import { buildOpenApiDocument } from "./openapi";
import { formatApiDayPath } from "./paths";
import { formatDayResult } from "./results";

/** One endpoint as the /data page documents it: a real address, a curl command, and what it answered. */
export interface ApiSample {
  endpoint: ApiEndpoint;
  url: string;
  curl: string;
  /** The response as the API sends it (JSON indented), cut short where `note` says. */
  body: string;
  note?: string;
}

/** Every array cut to its first `max` entries, and whether anything was cut. */
function trimArrays(value: unknown, max: number): { value: unknown; cut: boolean } {
  if (Array.isArray(value)) {
    const items = value.slice(0, max).map((item) => trimArrays(item, max));
    return { value: items.map((i) => i.value), cut: value.length > max || items.some((i) => i.cut) };
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, trimArrays(item, max)] as const);
    return { value: Object.fromEntries(entries.map(([key, item]) => [key, item.value])), cut: entries.some(([, item]) => item.cut) };
  }
  return { value, cut: false };
}

function formatJsonSample(value: unknown, max: number, compact = false): { body: string; note?: string } {
  const trimmed = trimArrays(value, max);
  const body = serializeApiJson(trimmed.value, compact ? undefined : 2);
  return {
    body,
    note: trimmed.cut ? `Trimmed for this page: every list cut to its first ${max === 1 ? "entry" : `${max} entries`}.` : undefined,
  };
}

/**
 * A sample of every endpoint, made at render time from the real content: the first
 * conflict that has briefings, and its newest day. The bodies are what the API sends
 * for them, cut short and (JSON) indented for reading.
 */
export function formatApiSamples(view: { conflicts: readonly ApiConflictView[] }): ApiSample[] {
  const chosen = view.conflicts.find((c) => c.briefings.length > 0);
  const latest = chosen?.briefings.at(-1);
  return API_ENDPOINTS.flatMap((endpoint): ApiSample[] => {
    if (endpoint.parameters.length > 0 && (!chosen || !latest)) return [];
    const slug = chosen?.conflict.slug ?? "";
    const url = formatAbsoluteUrl(endpoint.example(slug, latest?.date ?? ""));
    const curl = `curl -s '${url}'`;
    switch (endpoint.operationId) {
      case "listConflicts":
        return [{ endpoint, url, curl, ...formatJsonSample(formatApiConflictList(view.conflicts), 2) }];
      case "getConflict":
        return chosen ? [{ endpoint, url, curl, ...formatJsonSample(formatApiConflict(chosen.conflict, chosen.briefings), 2) }] : [];
      case "getDay":
        return chosen && latest
          ? [{ endpoint, url, curl, ...formatJsonSample(formatApiDay(chosen.conflict, latest, chosen.extras), 2) }]
          : [];
      case "downloadDays": {
        const first = chosen?.briefings[0];
        const line = first && chosen ? formatJsonSample(formatApiDay(chosen.conflict, first, chosen.extras), 1, true) : { body: "" };
        return [
          {
            endpoint,
            url,
            curl: `${curl} | head -n 1`,
            body: line.body,
            note: `The first line only (the oldest day). ${line.note ?? ""}`.trim(),
          },
        ];
      }
      case "downloadItems": {
        const rows = (chosen?.briefings ?? []).flatMap(formatItemRows).slice(0, 3);
        return [
          {
            endpoint,
            url,
            curl: `${curl} | head -n 4`,
            body: formatCsvHeader() + formatCsvRows(rows),
            note: "The header and the first three rows only.",
          },
        ];
      }
      default: {
        const { openapi, info, servers } = buildOpenApiDocument();
        return [
          {
            endpoint,
            url,
            curl,
            body: serializeApiJson({ openapi, info, servers }, 2),
            note: "Its first three fields only; paths and components follow.",
          },
        ];
      }
    }
  });
}

/** What the API answers for a date with no briefing, for the page's section on errors. */
export function formatProblemSample(view: { conflicts: readonly ApiConflictView[] }): { url: string; body: string } | undefined {
  const chosen = view.conflicts[0];
  if (!chosen) return undefined;
  const path = formatApiDayPath(chosen.conflict.slug, "1900-01-01");
  const result = formatDayResult("1900-01-01", { conflict: chosen.conflict, extras: chosen.extras });
  if (!("problem" in result)) return undefined;
  const problem: ApiProblem = { ...result.problem, instance: path };
  return { url: formatAbsoluteUrl(path), body: serializeApiJson(problem, 2) };
}
