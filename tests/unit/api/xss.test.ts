import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatCsvHeader, formatCsvRows, formatItemRows, neutralizeCsvCell } from "@/lib/api/csv";
import { formatApiDay } from "@/lib/api/format";
import { serializeApiJson } from "@/lib/api/json";
import { isError } from "@/lib/content/issues";
import { makeBriefing, parseDay, russiaUkraine } from "../helpers";
import { buildXssCases, findActiveHtml, HTML_PAYLOADS, URL_PAYLOADS } from "../xss-helpers";

const CASES = buildXssCases();

/** Serializes as the API does and checks the text holds no markup while every value parses back exactly. */
function expectOnlyData(value: unknown): void {
  const json = serializeApiJson(value);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
}

/** The CSV of a briefing parses back to its items' exact text (formula-like cells with their leading quote). */
function expectCsvRoundTrip(briefing: ReturnType<typeof makeBriefing>): void {
  const [, ...rows] = parse(formatCsvHeader() + formatCsvRows(formatItemRows(briefing)), {
    record_delimiter: "\r\n",
    relax_quotes: false,
  }) as string[][];
  expect(rows.map((row) => row[4])).toEqual(briefing.sections.flatMap((s) => s.items.map((i) => neutralizeCsvCell(i.text))));
}

describe(`XSS corpus in JSON and CSV: ${HTML_PAYLOADS.length + URL_PAYLOADS.length} payloads`, () => {
  it.each(CASES)("$name: published only as data", ({ front, body }) => {
    const text = `---\nsummary: "A summary."\n${front}---\n${body}`;
    const { briefing, issues } = parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
    if (issues.some(isError)) return; // never published: markdown-xss.test.ts checks each rejection
    const day = formatApiDay(russiaUkraine, briefing!);
    expectOnlyData(day);
    for (const html of [day.lede?.html ?? "", ...day.sections.flatMap((s) => s.items.map((i) => i.html))])
      expect(findActiveHtml(html)).toEqual([]);
    expectCsvRoundTrip(briefing!);
  });

  // Defence in depth: every payload in every text field of a briefing, as if the checker had been bypassed.
  it.each([...HTML_PAYLOADS, ...URL_PAYLOADS].map((payload, i) => ({ i, payload })))(
    "payload $i in every field bypassing the checker stays data",
    ({ payload }) => {
      const briefing = makeBriefing("2024-01-07", {
        title: payload,
        summary: payload,
        sections: [
          {
            key: "battlefield",
            heading: "Battlefield",
            items: [
              { id: "battlefield-1", html: "", text: payload, cites: [] },
              { id: "battlefield-2", html: "", text: `=${payload}`, cites: [] },
            ],
          },
        ],
        sources: [{ name: payload, url: payload, number: 1, anchor: "source-1", citedBy: [] }],
        places: [payload],
        topics: [payload],
        corrections: [{ date: "2024-01-08", text: payload }],
      });
      expectOnlyData(formatApiDay(russiaUkraine, briefing));
      expectCsvRoundTrip(briefing);
    },
  );
});
