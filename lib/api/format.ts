import type { ApiDayExtras, Briefing, Conflict } from "@/lib/content";
import { getLicense } from "@/lib/licenses";
import { formatConflictPath, formatDayPath, formatHistoryPath, formatTagPath } from "@/lib/routes";
import { formatAbsoluteUrl } from "@/lib/site";
import { formatTagSlug, type TagKind } from "@/lib/tags";
import { DATA_PAGE_PATH, formatApiConflictPath, formatApiCsvPath, formatApiDayPath, formatApiNdjsonPath, formatOpenApiPath } from "./paths";
import type { ApiConflict, ApiConflictList, ApiConflictSummary, ApiDay, ApiDayEntry, ApiLicense } from "./schemas";

// Views (lib/content) → API objects (lib/api/schemas.ts). Every URL is absolute, on SITE_URL.

/** A conflict's license as the API states it. */
export function formatApiLicense(conflict: Conflict): ApiLicense {
  const { id, name, url } = getLicense(conflict.license);
  return { id, name, url };
}

function formatTags(conflict: Conflict, kind: TagKind, names: readonly string[]) {
  return names.map((name) => {
    const slug = formatTagSlug(name);
    return { name, slug, links: { page: formatAbsoluteUrl(formatTagPath(conflict.slug, kind, slug)) } };
  });
}

/** One day's full briefing: the day endpoint's body and one line of days.ndjson. `extras` add coordinates and the history link. */
export function formatApiDay(conflict: Conflict, briefing: Briefing, extras?: ApiDayExtras): ApiDay {
  return {
    conflict: conflict.slug,
    date: briefing.date,
    day: briefing.day,
    title: briefing.title,
    summary: briefing.summary,
    lede: briefing.ledeHtml === undefined ? undefined : { html: briefing.ledeHtml },
    sections: briefing.sections.map((section) => ({
      key: section.key,
      heading: section.heading,
      items: section.items.map((item) => ({ text: item.text, html: item.html, citations: item.cites })),
    })),
    sources: briefing.sources.map((source) => ({ id: source.id, name: source.name, url: source.url })),
    places: formatTags(conflict, "places", briefing.places).map((place) => {
      const coordinates = extras?.getCoordinates(place.name);
      return coordinates ? { ...place, coordinates } : place;
    }),
    topics: formatTags(conflict, "topics", briefing.topics),
    figures: briefing.figures.map((figure) => ({
      key: figure.key,
      label: figure.label,
      value: figure.value,
      unit: figure.unit,
      asOf: figure.asOf,
      source: figure.source.id,
      note: figure.note,
    })),
    corrections: briefing.corrections.map((correction) => ({ date: correction.date, text: correction.text })),
    published: briefing.published,
    modified: briefing.modified,
    license: formatApiLicense(conflict),
    links: {
      page: formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date)),
      api: formatAbsoluteUrl(formatApiDayPath(conflict.slug, briefing.date)),
      history: extras?.hasHistory(briefing.date) ? formatAbsoluteUrl(formatHistoryPath(conflict.slug, briefing.date)) : undefined,
    },
  };
}

function formatDayEntry(conflict: Conflict, briefing: Briefing): ApiDayEntry {
  return {
    date: briefing.date,
    day: briefing.day,
    title: briefing.title,
    summary: briefing.summary,
    modified: briefing.modified,
    links: {
      page: formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date)),
      api: formatAbsoluteUrl(formatApiDayPath(conflict.slug, briefing.date)),
    },
  };
}

/** A conflict as the list of conflicts gives it. `briefings` are its published days, oldest first. */
export function formatApiConflictSummary(conflict: Conflict, briefings: readonly Briefing[]): ApiConflictSummary {
  return {
    slug: conflict.slug,
    name: conflict.name,
    start: conflict.start,
    summary: conflict.summary,
    license: formatApiLicense(conflict),
    dayCount: briefings.length,
    latest: briefings.at(-1)?.date,
    links: {
      page: formatAbsoluteUrl(formatConflictPath(conflict.slug)),
      api: formatAbsoluteUrl(formatApiConflictPath(conflict.slug)),
      ndjson: formatAbsoluteUrl(formatApiNdjsonPath(conflict.slug)),
      csv: formatAbsoluteUrl(formatApiCsvPath(conflict.slug)),
    },
  };
}

/** A conflict with the index of its days, oldest first. */
export function formatApiConflict(conflict: Conflict, briefings: readonly Briefing[]): ApiConflict {
  return {
    ...formatApiConflictSummary(conflict, briefings),
    about: conflict.aboutHtml === undefined ? undefined : { html: conflict.aboutHtml },
    days: briefings.map((briefing) => formatDayEntry(conflict, briefing)),
  };
}

/** Every conflict, by name, with the addresses of the API's description and documentation. */
export function formatApiConflictList(conflicts: readonly { conflict: Conflict; briefings: readonly Briefing[] }[]): ApiConflictList {
  return {
    conflicts: conflicts.map(({ conflict, briefings }) => formatApiConflictSummary(conflict, briefings)),
    links: { openapi: formatAbsoluteUrl(formatOpenApiPath()), documentation: formatAbsoluteUrl(DATA_PAGE_PATH) },
  };
}
