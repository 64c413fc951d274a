import { describe, expect, it } from "vitest";
import { computeArchiveMonths, computeMonthCalendar, parseArchiveMonth } from "@/lib/content/archive";
import type { Briefing } from "@/lib/content";
import { makeBriefing } from "../helpers";

function briefing(date: string): Briefing {
  return makeBriefing(date);
}

describe("archive", () => {
  it("lists every month from the start to the newest briefing, with counts", () => {
    const months = computeArchiveMonths("2023-11-15", [briefing("2024-01-07"), briefing("2024-01-06"), briefing("2023-11-20")]);
    expect(months.map((m) => [m.key, m.label, m.count])).toEqual([
      ["2023/11", "November 2023", 1],
      ["2023/12", "December 2023", 0],
      ["2024/01", "January 2024", 2],
    ]);
  });

  it("draws a month as Monday-first weeks with the briefings on their days", () => {
    const weeks = computeMonthCalendar(2024, 2, new Map([["2024-02-29", briefing("2024-02-29")]]));
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, null]); // 1 February 2024 was a Thursday
    expect(weeks[0]![3]).toEqual({ date: "2024-02-01", dayOfMonth: 1, briefing: undefined });
    expect(weeks[4]![3]?.date).toBe("2024-02-29");
    expect(weeks[4]![3]?.briefing?.date).toBe("2024-02-29");
    expect(weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it("parses only real month params", () => {
    expect(parseArchiveMonth("2024", "01")).toEqual({ year: 2024, month: 1 });
    for (const [y, m] of [["2024", "13"], ["2024", "1"], ["24", "01"], ["2024", "00"], ["abcd", "01"]]) expect(parseArchiveMonth(y!, m!)).toBeUndefined();
  });
});
