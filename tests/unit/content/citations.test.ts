import { describe, expect, it } from "vitest";
import { formatSourceDomain } from "@/lib/content/citations";
import { isError } from "@/lib/content/issues";
import { parseDay, russiaUkraine } from "../helpers";

function parseValid(text: string) {
  const { briefing, issues } = parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
  expect(issues.filter(isError)).toEqual([]);
  if (!briefing) throw new Error("expected a briefing");
  return briefing;
}

// Written in the order a b c d e; Weapons comes first in the file, but the page shows Battlefield first.
const FILE = `---
summary: A summary.
sources:
  - id: a
    name: Agency A
    url: https://www.a-agency.example.com/report
  - id: b
    name: "Bureau B & <Co>"
  - id: c
    name: Channel C
    url: https://news.c.example.org:8443/live
  - name: Diary D
    url: https://d.example.net/
  - name: Echo E
---
The lede.[^c]

## Weapons
- Aid arrived.[^a]

## Battlefield
- Fighting went on.[^b][^c]
- Shelling hit a town.
- Drones hit a port.[^b]
`;

describe("citation numbering", () => {
  const briefing = parseValid(FILE);

  it("numbers sources in order of first citation: the lede, then the sections in their fixed order; then the uncited, in the order written", () => {
    expect(briefing.sources.map((s) => [s.number, s.anchor, s.name])).toEqual([
      [1, "source-1", "Channel C"],
      [2, "source-2", "Bureau B & <Co>"],
      [3, "source-3", "Agency A"],
      [4, "source-4", "Diary D"],
      [5, "source-5", "Echo E"],
    ]);
  });

  it("links every marker to its source's number, with an accessible name holding the number and the escaped name", () => {
    const [fighting, shelling, drones] = briefing.sections[0]!.items;
    expect(fighting!.html).toBe(
      'Fighting went on.<sup><a href="#source-2" aria-label="Source 2: Bureau B &amp; &lt;Co&gt;">2</a></sup>' +
        '<sup aria-hidden="true">,</sup><sup><a href="#source-1" aria-label="Source 1: Channel C">1</a></sup>',
    );
    expect(shelling!.html).toBe("Shelling hit a town.");
    expect(drones!.html).toBe('Drones hit a port.<sup><a href="#source-2" aria-label="Source 2: Bureau B &amp; &lt;Co&gt;">2</a></sup>');
    expect(briefing.sections[1]!.items[0]!.html).toBe('Aid arrived.<sup><a href="#source-3" aria-label="Source 3: Agency A">3</a></sup>');
    expect(briefing.ledeHtml).toBe('<p id="lede-1">The lede.<sup><a href="#source-1" aria-label="Source 1: Channel C">1</a></sup></p>');
  });

  it("gives every item a stable anchor: its section and its place in it", () => {
    expect(briefing.sections.map((s) => s.items.map((i) => i.id))).toEqual([["battlefield-1", "battlefield-2", "battlefield-3"], ["weapons-1"]]);
  });

  it("links each source back to every item that cites it, in page order", () => {
    expect(briefing.sources.map((s) => s.citedBy)).toEqual([
      [
        { href: "#lede-1", label: "Introduction" },
        { href: "#battlefield-1", label: "Battlefield 1" },
      ],
      [
        { href: "#battlefield-1", label: "Battlefield 1" },
        { href: "#battlefield-3", label: "Battlefield 3" },
      ],
      [{ href: "#weapons-1", label: "Weapons 1" }],
      [],
      [],
    ]);
  });

  it("shows the domain of each source's URL, without www., and none without a URL", () => {
    expect(briefing.sources.map((s) => s.domain)).toEqual(["news.c.example.org", undefined, "a-agency.example.com", "d.example.net", undefined]);
    expect(briefing.sources.map((s) => s.url)).toEqual([
      "https://news.c.example.org:8443/live",
      undefined,
      "https://www.a-agency.example.com/report",
      "https://d.example.net/",
      undefined,
    ]);
  });

  it("numbers a briefing that cites nothing in the order written", () => {
    const plain = parseValid("---\nsummary: s\nsources:\n  - name: X\n  - name: Y\n    url: https://y.example.org/\n---\n## Battlefield\n- An item.\n");
    expect(plain.sources.map((s) => [s.number, s.name, s.citedBy])).toEqual([
      [1, "X", []],
      [2, "Y", []],
    ]);
    expect(plain.sections[0]!.items[0]).toEqual({ id: "battlefield-1", html: "An item.", text: "An item.", cites: [] });
  });

  it("labels lede paragraphs by number when the lede has more than one", () => {
    const two = parseValid("---\nsummary: s\nsources:\n  - id: x\n    name: X\n---\nFirst.\n\nSecond.[^x]\n\n## Battlefield\n- An item.[^x]\n");
    expect(two.sources[0]!.citedBy).toEqual([
      { href: "#lede-2", label: "Introduction 2" },
      { href: "#battlefield-1", label: "Battlefield 1" },
    ]);
    expect(two.ledeHtml).toBe('<p>First.</p>\n<p id="lede-2">Second.<sup><a href="#source-1" aria-label="Source 1: X">1</a></sup></p>');
  });
});

describe("formatSourceDomain", () => {
  it.each([
    ["https://www.reuters.com/world/europe/", "reuters.com"],
    ["http://WWW.BBC.co.uk/news", "bbc.co.uk"],
    ["https://kyivindependent.com", "kyivindependent.com"],
    ["https://www2.example.org/", "www2.example.org"],
    ["https://t.me/s/kpszsu", "t.me"],
    ["not a url", undefined],
  ])("%s → %s", (url, domain) => {
    expect(formatSourceDomain(url)).toBe(domain);
  });
});
