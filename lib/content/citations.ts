import { renderBlocks, type RenderEnv } from "./markdown";
import { renderItem, type BodyUnit } from "./parse-body";
import type { BriefingFrontMatter, BriefingSection, CitedSource } from "./schema";
import { SECTION_LABELS, type SectionKey } from "@/lib/sections";

type Source = NonNullable<BriefingFrontMatter["sources"]>[number];

/** What cites sources (an item, a lede paragraph, a figure): the ids it cites, its anchor on the page and the label of a link back to it. */
interface CitingUnit {
  cites: readonly { id: string }[];
  anchor: string;
  label: string;
}

/** A figure of the day as far as citations go: it cites its one source. */
export interface CitingFigure {
  key: string;
  label: string;
  source: string;
}

/** The host of a source's URL as readers know it: "reuters.com" for https://www.reuters.com/…. */
export function formatSourceDomain(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Numbers the sources in order of first citation on the page (`units` in page
 * order: the lede, then the sections in their fixed order, items in order, then
 * the key figures in the order written); the sources nobody cites follow, numbered on, in the order written. Each source
 * gets its anchor, its domain and a link back to every unit that cites it.
 */
function numberSources(units: readonly CitingUnit[], sources: readonly Source[]): CitedSource[] {
  const byId = new Map<string, number>();
  sources.forEach((source, index) => {
    if (source.id !== undefined && !byId.has(source.id)) byId.set(source.id, index);
  });
  const citedBy = sources.map((): CitedSource["citedBy"] => []);
  const order: number[] = [];
  for (const { cites, anchor, label } of units) {
    for (const { id } of cites) {
      const index = byId.get(id);
      if (index === undefined) continue; // reported as unknown-citation: such a day is never built
      if (!order.includes(index)) order.push(index);
      citedBy[index]!.push({ href: `#${anchor}`, label });
    }
  }
  for (let index = 0; index < sources.length; index++) if (!order.includes(index)) order.push(index);
  return order.map((index, position) => {
    const { id, name, url } = sources[index]!;
    const number = position + 1;
    return { id, name, url, domain: url ? formatSourceDomain(url) : undefined, number, anchor: `source-${number}`, citedBy: citedBy[index]! };
  });
}

/** What a day shows: its lede and items rendered with numbered citations, and its numbered sources. */
export interface CitedBody {
  ledeHtml?: string;
  sections: BriefingSection[];
  sources: CitedSource[];
}

/** The anchor of a figure in the day's Key figures box: `figure-civilians-killed`. */
export function formatFigureAnchor(key: string): string {
  return `figure-${key}`;
}

/**
 * Renders a valid day's lede and sections (in page order) with their citation
 * markers as numbered links, and numbers its sources: computed once per file, so
 * pages, feeds and structured data all show the same numbers. Items get anchors
 * such as `battlefield-2`; a lede paragraph that cites gets `lede-1`. Figures
 * cite after the sections (the Key figures box follows them in the numbering, so
 * the items' numbers do not depend on the figures), and a source only a figure
 * cites is numbered too.
 */
export function computeCitations(
  lede: readonly BodyUnit[],
  sections: readonly { key: SectionKey; heading: string; items: readonly BodyUnit[] }[],
  sources: readonly Source[],
  figures: readonly CitingFigure[] = [],
): CitedBody {
  const ledeUnits = lede.map((unit, i) => ({ unit, cites: unit.cites, anchor: `lede-${i + 1}`, label: lede.length === 1 ? "Introduction" : `Introduction ${i + 1}` }));
  const itemUnits = sections.map((section) =>
    section.items.map((unit, i) => ({ unit, cites: unit.cites, anchor: `${section.key}-${i + 1}`, label: `${SECTION_LABELS[section.key]} ${i + 1}` })),
  );
  const figureUnits = figures.map((figure) => ({ cites: [{ id: figure.source }], anchor: formatFigureAnchor(figure.key), label: figure.label }));
  const numbered = numberSources([...ledeUnits, ...itemUnits.flat(), ...figureUnits], sources);
  const env: RenderEnv = { citations: new Map(numbered.flatMap((s) => (s.id === undefined ? [] : [[s.id, { number: s.number, name: s.name }] as const]))) };

  const ledeHtml = ledeUnits
    .map(({ unit, anchor }) => {
      // Only a lede paragraph that cites needs an anchor for the sources' links back to it.
      const open = unit.tokens[0];
      if (unit.cites.length > 0 && open?.nesting === 1) open.attrSet("id", anchor);
      return renderBlocks(unit.tokens, env);
    })
    .join("\n");
  return {
    ledeHtml: ledeHtml || undefined,
    sections: sections.map((section, s) => ({
      key: section.key,
      heading: section.heading,
      items: itemUnits[s]!.map(({ unit, anchor }) => ({
        id: anchor,
        html: renderItem(unit.tokens, env),
        text: unit.text,
        cites: unit.cites.map((marker) => marker.id),
      })),
    })),
    sources: numbered,
  };
}
