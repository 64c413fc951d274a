import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MapSvg } from "@/components/map-svg";
import { parsePlaces } from "@/lib/content/parse-places";
import { drawMap } from "@/lib/maps/draw-map";
import { createWorldFrame } from "@/lib/maps/frame";
import { getSmallWorldTopology } from "@/lib/maps/world-atlas";
import { formatTagPath } from "@/lib/routes";
import { HTML_PAYLOADS, URL_PAYLOADS } from "../xss-helpers";

/** Everything a map's markup may hold: SVG's own drawing elements and these attributes, links only to the site's paths. */
const TAGS = new Set(["svg", "title", "desc", "g", "rect", "path", "circle", "line", "text", "a"]);
const ATTRIBUTES = new Set([
  ...[
    "viewBox",
    "class",
    "role",
    "id",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
    "aria-label",
    "font-size",
    "data-map",
    "data-base",
    "data-place",
  ],
  ...["width", "height", "d", "cx", "cy", "r", "x", "y", "x1", "y1", "x2", "y2", "text-anchor", "href"],
]);

function findActiveSvg(markup: string): string[] {
  const problems: string[] = [];
  for (const [, tag, attributes = ""] of markup.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!TAGS.has(tag!)) problems.push(`tag <${tag}>`);
    for (const [, name, value = ""] of attributes.matchAll(/([^\s"'=/]+)="([^"]*)"/g)) {
      if (!ATTRIBUTES.has(name!)) problems.push(`attribute ${name}`);
      if (name === "href" && !/^\/[a-z0-9-]+\/places\/[a-z0-9-]+$/.test(value)) problems.push(`href ${value}`);
    }
  }
  return problems;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;");

const PAYLOADS = [...HTML_PAYLOADS, ...URL_PAYLOADS];
const world = { frame: createWorldFrame(560), base: { topology: getSmallWorldTopology(), outline: "land" } };

describe(`XSS corpus in the gazetteer: ${PAYLOADS.length} payloads as place names and aliases, drawn on a map`, () => {
  it.each(PAYLOADS.map((payload, i) => [i, payload] as const))("payload %i is rejected with its position, or drawn inert", (_, payload) => {
    const yaml = `- name: ${JSON.stringify(payload)}\n  aliases: [${JSON.stringify(`${payload} alias`)}]\n  lat: 48.2833\n  lon: 37.1833\n`;
    const { places, issues } = parsePlaces("content/x/_places.yml", yaml);
    if (!places) {
      // Refused only for its length (names have at most 80 characters) or for having no letter or digit (no page).
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(["DB108 1:9", "DB108 2:13", "DB109 1:9"]).toContain(`${issue.code} ${issue.line}:${issue.column}`);
      return;
    }
    const [place] = places;
    const drawing = drawMap(
      world.base,
      world.frame,
      [{ slug: place!.slug, name: place!.name, shape: "point", lon: place!.lon, lat: place!.lat, r: 5 }],
      { fontSize: 15, scope: "world", base: "world-atlas" },
    );
    const markup = renderToStaticMarkup(
      createElement(MapSvg, {
        drawing,
        id: "x",
        style: "places",
        title: `Where ${place!.name} is`,
        description: place!.name,
        link: { href: (m) => formatTagPath("x", "places", m.slug), name: (m) => `${m.name}, 2 days` },
      }),
    );
    expect(findActiveSvg(markup)).toEqual([]);
    // The payload is text: escaped wherever it appears (in text and in attribute values).
    expect(markup).not.toMatch(/<script/i);
    expect(markup).toContain(`aria-label="${escapeAttribute(place!.name)}, 2 days"`);
  });
});
