import { escapeHtml } from "@/lib/html";
import type { Briefing } from "@/lib/content";

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

/**
 * The whole briefing as HTML for feeds: summary, lede, every section with its
 * items, sources. Items keep their numbered citation links (`#source-N`, made
 * absolute below, so they lead to the source on the day's page), and the sources
 * are the page's numbered list, each name linking to its report.
 */
export function formatBriefingHtml(briefing: Briefing, pageUrl: string): string {
  const parts = [`<p><strong>${escapeHtml(briefing.summary)}</strong></p>`];
  if (briefing.ledeHtml) parts.push(briefing.ledeHtml);
  for (const section of briefing.sections) {
    parts.push(`<h2>${escapeHtml(section.heading)}</h2>`, `<ul>${section.items.map((item) => `<li>${item.html}</li>`).join("")}</ul>`);
  }
  if (briefing.sources.length > 0) {
    const sources = briefing.sources.map((source) => {
      const name = source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>` : escapeHtml(source.name);
      return `<li>${name}${source.domain ? ` (${escapeHtml(source.domain)})` : ""}</li>`;
    });
    parts.push(`<h2>Sources</h2>`, `<ol>${sources.join("")}</ol>`);
  }
  return formatAbsoluteLinks(parts.join("\n"), pageUrl);
}
