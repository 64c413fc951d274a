import { formatLongDate } from "@/lib/dates";
import { formatConflictPath, formatDayPath, formatOgImagePath } from "@/lib/routes";
import type { Briefing, Conflict } from "@/lib/content";
import { formatAbsoluteUrl, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";

type JsonLd = Record<string, unknown>;

/**
 * Serializes structured data for a `<script type="application/ld+json">`. `<`, `>`
 * and `&` become \u escapes, so a title holding `</script>` cannot end the script
 * element, yet JSON.parse gives back the exact text.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The publisher, as an Organization with name, url and logo. */
export function buildOrganization(): JsonLd {
  return {
    "@type": "Organization",
    "@id": formatAbsoluteUrl("/#organization"),
    name: SITE_NAME,
    url: formatAbsoluteUrl("/"),
    logo: { "@type": "ImageObject", url: formatAbsoluteUrl("/logo.png"), width: 512, height: 512 },
  };
}

/** The site itself, for the home page. */
export function buildWebSite(): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": formatAbsoluteUrl("/#website"),
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: formatAbsoluteUrl("/"),
    inLanguage: SITE_LANGUAGE,
    publisher: { "@id": formatAbsoluteUrl("/#organization") },
  };
}

/** Home › conflict › date, for conflict and day pages. */
export function buildBreadcrumbs(conflict: Conflict, briefing?: Briefing): JsonLd {
  const crumbs = [
    { name: SITE_NAME, path: "/" },
    { name: conflict.name, path: formatConflictPath(conflict.slug) },
    ...(briefing ? [{ name: formatLongDate(briefing.date), path: formatDayPath(conflict.slug, briefing.date) }] : []),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: formatAbsoluteUrl(crumb.path),
    })),
  };
}

/** One CreativeWork per source with a URL: the reports the briefing cites, in the page's order. */
function buildCitations(briefing: Briefing): JsonLd[] {
  return briefing.sources.flatMap((source) =>
    source.url
      ? [{ "@type": "CreativeWork", name: source.name, url: source.url, publisher: { "@type": "Organization", name: source.name } }]
      : [],
  );
}

/** Each correction as a CorrectionComment, oldest first; a correction's date is as written (a date or a date-time). */
function buildCorrections(briefing: Briefing): JsonLd[] {
  return briefing.corrections.map((correction) => ({
    "@type": "CorrectionComment",
    text: correction.text,
    datePublished: correction.date,
  }));
}

/**
 * The day's key figures as schema.org Observations the article mentions: each
 * figure's label, value and unit, the date it stands at, what it is about (the
 * conflict) and where on the page it is. Its source is among the article's
 * `citation`s, with the items' sources.
 */
function buildFigureMentions(conflict: Conflict, briefing: Briefing, pageUrl: string): JsonLd[] {
  return briefing.figures.map((figure) => ({
    "@type": "Observation",
    name: figure.label,
    value: figure.value,
    unitText: figure.unit,
    observationDate: figure.asOf,
    observationAbout: { "@type": "Thing", name: conflict.name },
    url: `${pageUrl}#${figure.anchor}`,
  }));
}

/** The day's briefing as a NewsArticle, with the reports it cites, its key figures and its corrections. */
export function buildNewsArticle(conflict: Conflict, briefing: Briefing, headline: string): JsonLd {
  const url = formatAbsoluteUrl(formatDayPath(conflict.slug, briefing.date));
  const organization = buildOrganization();
  const citation = buildCitations(briefing);
  const correction = buildCorrections(briefing);
  const mentions = buildFigureMentions(conflict, briefing, url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    description: briefing.summary,
    datePublished: briefing.published,
    dateModified: briefing.modified,
    image: [formatAbsoluteUrl(formatOgImagePath(formatDayPath(conflict.slug, briefing.date)))],
    author: organization,
    publisher: organization,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: briefing.sections.map((section) => section.heading),
    inLanguage: SITE_LANGUAGE,
    isPartOf: { "@type": "CreativeWorkSeries", name: conflict.name, url: formatAbsoluteUrl(formatConflictPath(conflict.slug)) },
    ...(citation.length > 0 ? { citation } : {}),
    ...(correction.length > 0 ? { correction } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}
