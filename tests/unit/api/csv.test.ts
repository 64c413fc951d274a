import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, formatCsvHeader, formatCsvRows, formatItemRows, neutralizeCsvCell } from "@/lib/api/csv";
import { makeBriefing } from "../helpers";

describe("CSV injection (OWASP)", () => {
  it.each(["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("https://example.org","x")'])("%j gets a leading quote", (cell) => {
    expect(neutralizeCsvCell(cell)).toBe(`'${cell}`);
  });

  it.each(["Kyiv", "1 = 1", " =1", "'quoted", "", "https://example.org/?a=1"])("%j is left as it is", (cell) => {
    expect(neutralizeCsvCell(cell)).toBe(cell);
  });
});

describe("items.csv rows", () => {
  const briefing = makeBriefing("2024-01-07", {
    day: 683,
    sections: [
      {
        key: "battlefield",
        heading: "Battlefield",
        items: [
          { id: "battlefield-1", html: "", text: '=HYPERLINK("https://evil.example","click")', cites: [] },
          { id: "battlefield-2", html: "", text: 'Commas, "quotes"\nand a line break', cites: [] },
        ],
      },
      { key: "weapons", heading: "Weapons", items: [{ id: "weapons-1", html: "", text: "@cmd", cites: [] }] },
    ],
    sources: [
      { name: "Reuters", number: 1, anchor: "source-1", citedBy: [] },
      { name: "=Agency,\nwith a break", url: "https://example.org/a", number: 2, anchor: "source-2", citedBy: [] },
    ],
  });

  it("one row per item, sections in order, positions from 1, sources aligned one per line", () => {
    expect(formatItemRows(briefing)).toEqual([
      {
        date: "2024-01-07",
        day: 683,
        section: "battlefield",
        position: 1,
        text: '=HYPERLINK("https://evil.example","click")',
        source_names: "Reuters\n=Agency, with a break",
        source_urls: "\nhttps://example.org/a",
      },
      {
        date: "2024-01-07",
        day: 683,
        section: "battlefield",
        position: 2,
        text: 'Commas, "quotes"\nand a line break',
        source_names: "Reuters\n=Agency, with a break",
        source_urls: "\nhttps://example.org/a",
      },
      {
        date: "2024-01-07",
        day: 683,
        section: "weapons",
        position: 1,
        text: "@cmd",
        source_names: "Reuters\n=Agency, with a break",
        source_urls: "\nhttps://example.org/a",
      },
    ]);
  });

  it("quotes every text cell (RFC 4180, CRLF) and parses back exactly, formula cells with their quote", () => {
    const text = formatCsvHeader() + formatCsvRows(formatItemRows(briefing));
    expect(text.startsWith('"date","day","section","position","text","source_names","source_urls"\r\n')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""https://evil.example"",""click"")"');
    const [header, ...rows] = parse(text, { record_delimiter: "\r\n" }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row[4])).toEqual([
      '\'=HYPERLINK("https://evil.example","click")',
      'Commas, "quotes"\nand a line break',
      "'@cmd",
    ]);
    expect(rows[0]?.[5]).toBe("Reuters\n=Agency, with a break"); // not at the start of the cell: no formula
    expect(rows.map((row) => row[1])).toEqual(["683", "683", "683"]);
  });
});
