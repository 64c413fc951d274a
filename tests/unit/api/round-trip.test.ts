import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/api/csv";
import type { ApiDay } from "@/lib/api/schemas";
import type { Briefing } from "@/lib/content";
import { getStore } from "@/lib/content/store";
import { formatTagSlug } from "@/lib/tags";
import { FIXTURES } from "../helpers";
import { callApi } from "./call-api";

/** What the store holds for a day, in the API's field names, built here from the Briefing itself (not by the API's code). */
function expectedDay(briefing: Briefing, license: string, gazetteer: { find(name: string): { lat: number; lon: number } | undefined }) {
  return {
    conflict: briefing.conflict,
    date: briefing.date,
    day: briefing.day,
    title: briefing.title,
    summary: briefing.summary,
    lede: briefing.ledeHtml,
    sections: briefing.sections.map((s) => ({
      key: s.key,
      heading: s.heading,
      items: s.items.map((i) => ({ text: i.text, html: i.html, citations: i.cites })),
    })),
    sources: briefing.sources.map((s) => ({ id: s.id, name: s.name, url: s.url })),
    places: briefing.places.map((name) => {
      const place = gazetteer.find(name);
      return { name, slug: formatTagSlug(name), coordinates: place && { lat: place.lat, lon: place.lon } };
    }),
    topics: briefing.topics.map((name) => ({ name, slug: formatTagSlug(name) })),
    figures: briefing.figures.map((f) => ({
      key: f.key,
      label: f.label,
      value: f.value,
      unit: f.unit,
      asOf: f.asOf,
      source: f.source.id,
      note: f.note,
    })),
    corrections: briefing.corrections,
    published: briefing.published,
    modified: briefing.modified,
    license,
  };
}

/** The same fields read from a parsed NDJSON line. */
function readDay(line: ApiDay) {
  return {
    conflict: line.conflict,
    date: line.date,
    day: line.day,
    title: line.title,
    summary: line.summary,
    lede: line.lede?.html,
    sections: line.sections,
    sources: line.sources.map((s) => ({ id: s.id, name: s.name, url: s.url })),
    places: line.places.map((p) => ({ name: p.name, slug: p.slug, coordinates: p.coordinates })),
    topics: line.topics.map((t) => ({ name: t.name, slug: t.slug })),
    figures: line.figures,
    corrections: line.corrections,
    published: line.published,
    modified: line.modified,
    license: line.license.id,
  };
}

describe.each([
  ["the shipped content", path.resolve("content")],
  ["the fixture content", path.join(FIXTURES, "content-multi")],
])("round trip on %s", (_name, dir) => {
  beforeAll(() => {
    vi.stubEnv("CONTENT_DIR", dir);
    vi.stubEnv("NODE_ENV", "production");
  });
  afterAll(() => vi.unstubAllEnvs());

  it("days.ndjson parsed back equals what the store holds, field for field, oldest first", async () => {
    for (const conflict of getStore().conflicts) {
      const index = getStore().indexes.get(conflict.slug)!;
      const briefings = index.oldestFirst;
      const text = await (await callApi(`/api/v1/conflicts/${conflict.slug}/days.ndjson`)).text();
      const lines: ApiDay[] = text
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines.map(readDay)).toEqual(briefings.map((b) => expectedDay(b, conflict.license, index.maps.gazetteer)));
    }
  });

  it("places carry the gazetteer's coordinates and days their key figures where the content has them", async () => {
    const days = (
      await Promise.all(
        getStore().conflicts.map(async (c) =>
          (await (await callApi(`/api/v1/conflicts/${c.slug}/days.ndjson`)).text()).trimEnd().split("\n"),
        ),
      )
    )
      .flat()
      .map((line): ApiDay => JSON.parse(line));
    // Both contents have a gazetteer and key figures (the shipped week, and the fixture's sample war).
    expect(days.flatMap((d) => d.places).filter((p) => p.coordinates).length).toBeGreaterThan(0);
    expect(days.flatMap((d) => d.figures ?? []).length).toBeGreaterThan(0);
  });

  it("items.csv parsed back has one row per item, in order, with the exact text", async () => {
    for (const conflict of getStore().conflicts) {
      const briefings = getStore().indexes.get(conflict.slug)!.oldestFirst;
      const text = await (await callApi(`/api/v1/conflicts/${conflict.slug}/items.csv`)).text();
      const [, ...rows] = parse(text, { record_delimiter: "\r\n" }) as string[][];
      const expected = briefings.flatMap((b) =>
        b.sections.flatMap((s) =>
          s.items.map((item, i) => [
            b.date,
            String(b.day),
            s.key,
            String(i + 1),
            // OWASP: a cell a spreadsheet would run as a formula starts with a quote; every other is exact.
            /^[=+\-@\t\r]/.test(item.text) ? `'${item.text}` : item.text,
            b.sources.map((source) => source.name).join("\n"),
            b.sources.map((source) => source.url ?? "").join("\n"),
          ]),
        ),
      );
      expect(rows).toEqual(expected);
      expect(rows[0]).toHaveLength(CSV_COLUMNS.length);
    }
  });
});
