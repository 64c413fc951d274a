import { formatNearbyDate } from "@/lib/dates";
import { formatChange, formatNumber } from "@/lib/format";
import { escapeHtml } from "@/lib/html";
import type { Briefing, DayFigure } from "@/lib/content";

/** Resolves relative href and src attributes against the page URL, since feed readers show items out of context. */
function formatAbsoluteLinks(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (match, name: string, value: string) => {
    try {
      return `${name}="${escapeHtml(new URL(value.replace(/&amp;/g, "&"), pageUrl).toString())}"`;
    } catch {
      return match;
    }
  });
}

/** One key figure as a list item: "Drones launched: 90 drones (as of 1 January; +55 since 31 December) ¹". */
function formatFigureItem(figure: DayFigure, date: string): string {
  const year = Number(date.slice(0, 4));
  const details = [
    ...(figure.asOf === date ? [] : [`as of ${formatNearbyDate(figure.asOf, year)}`]),
    ...(figure.previous
      ? [`${formatChange(figure.value - figure.previous.value)} since ${formatNearbyDate(figure.previous.date, year)}`]
      : []),
    ...(figure.corrections.length > 0 ? ["corrected"] : []),
  ];
  const cite = `<sup><a href="#${figure.source.anchor}" aria-label="${escapeHtml(`Source ${figure.source.number}: ${figure.source.name}`)}">${figure.source.number}</a></sup>`;
  const note = figure.note ? ` ${escapeHtml(figure.note)}` : "";
  return `<li>${escapeHtml(figure.label)}: <strong>${formatNumber(figure.value)}</strong> ${escapeHtml(figure.unit)}${details.length > 0 ? ` (${details.join("; ")})` : ""}${cite}${note}</li>`;
}

/**
 * The whole briefing as HTML for feeds: summary, lede, every section with its
 * items, key figures, sources. Items and figures keep their numbered citation
 * links (`#source-N`, made absolute below, so they lead to the source on the
 * day's page), and the sources are the page's numbered list, each name linking
 * to its report. `figures` are the day's figures with their previous reports
 * (the feed view's); without them, the briefing's own, without changes.
 */
export function formatBriefingHtml(briefing: Briefing, pageUrl: string, figures: readonly DayFigure[] = briefing.figures): string {
  const parts = [`<p><strong>${escapeHtml(briefing.summary)}</strong></p>`];
  if (briefing.ledeHtml) parts.push(briefing.ledeHtml);
  for (const section of briefing.sections) {
    parts.push(`<h2>${escapeHtml(section.heading)}</h2>`, `<ul>${section.items.map((item) => `<li>${item.html}</li>`).join("")}</ul>`);
  }
  if (figures.length > 0)
    parts.push(`<h2>Key figures</h2>`, `<ul>${figures.map((figure) => formatFigureItem(figure, briefing.date)).join("")}</ul>`);
  if (briefing.sources.length > 0) {
    const sources = briefing.sources.map((source) => {
      const name = source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>` : escapeHtml(source.name);
      return `<li>${name}${source.domain ? ` (${escapeHtml(source.domain)})` : ""}</li>`;
    });
    parts.push(`<h2>Sources</h2>`, `<ol>${sources.join("")}</ol>`);
  }
  return formatAbsoluteLinks(parts.join("\n"), pageUrl);
}
