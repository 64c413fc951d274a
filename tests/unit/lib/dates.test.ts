import { afterEach, describe, expect, it } from "vitest";
import { differenceInCalendarDays, format } from "date-fns";
import { computeDayNumber, formatDayMonth, formatLongDate, isIsoDate, parseIsoDate } from "@/lib/dates";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const ZONES = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/Kyiv", "Australia/Lord_Howe", "Pacific/Pago_Pago"];

/** Day N counted independently, with UTC milliseconds, for comparison. */
function referenceDay(start: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

function addDaysUtc(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe("computeDayNumber", () => {
  it("runs in the time zone each test sets (so the zone tests below can fail)", () => {
    process.env.TZ = "Pacific/Kiritimati";
    expect(new Date(2024, 0, 7).getTimezoneOffset()).toBe(-840);
    process.env.TZ = "America/Los_Angeles";
    expect(new Date(2024, 0, 7).getTimezoneOffset()).toBe(480);
  });

  it.each(ZONES)("gives the published Russia–Ukraine day numbers in %s", (zone) => {
    process.env.TZ = zone;
    expect(computeDayNumber("2022-02-24", "2022-02-24")).toBe(1);
    expect(computeDayNumber("2022-02-24", "2022-02-25")).toBe(2);
    expect(computeDayNumber("2022-02-24", "2024-01-01")).toBe(677);
    expect(computeDayNumber("2022-02-24", "2024-01-07")).toBe(683);
    expect(computeDayNumber("2022-02-24", "2024-02-28")).toBe(735);
    expect(computeDayNumber("2022-02-24", "2024-02-29")).toBe(736);
    expect(computeDayNumber("2022-02-24", "2024-03-01")).toBe(737);
    expect(computeDayNumber("2023-10-07", "2024-01-07")).toBe(93);
  });

  it.each(ZONES)("matches an independent count on every day for five years in %s (DST changes included)", (zone) => {
    process.env.TZ = zone;
    const start = "2022-02-24";
    for (let offset = 0; offset < 5 * 366; offset++) {
      const date = addDaysUtc(start, offset);
      expect(computeDayNumber(start, date), date).toBe(referenceDay(start, date));
    }
  });

  it("counts across the US and European daylight-saving changes in Los Angeles", () => {
    process.env.TZ = "America/Los_Angeles";
    // 10 March 2024 has 23 hours there; 3 November 2024 has 25.
    expect(computeDayNumber("2024-03-09", "2024-03-11")).toBe(3);
    expect(computeDayNumber("2024-11-02", "2024-11-04")).toBe(3);
    expect(computeDayNumber("2024-03-31", "2024-04-01")).toBe(2);
  });

  it("rejects dates that are not real calendar dates", () => {
    expect(() => computeDayNumber("2022-02-24", "2024-02-30")).toThrow(RangeError);
  });
});

describe("parseIsoDate", () => {
  it.each(["2024-02-29", "2022-02-24", "2000-02-29"])("accepts %s", (text) => {
    expect(isIsoDate(text)).toBe(true);
  });
  it.each(["2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-1-7", "24-01-07", "2024-01-07T00:00", "", "1900-02-29"])(
    "rejects %s",
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );
});

describe("formatLongDate", () => {
  it.each(ZONES)("writes the date with its weekday in %s", (zone) => {
    process.env.TZ = zone;
    expect(formatLongDate("2024-01-07")).toBe("Sunday, 7 January 2024");
    expect(formatLongDate("2024-02-29")).toBe("Thursday, 29 February 2024");
  });
});

describe("computeDayNumber and formatDayMonth, written by hand, agree with date-fns on every day of 2020–2025", () => {
  it("in this process's time zone", () => {
    const start = "2020-01-01";
    for (let d = new Date(2020, 0, 1); d.getFullYear() < 2026; d.setDate(d.getDate() + 1)) {
      const iso = format(d, "yyyy-MM-dd");
      expect(computeDayNumber(start, iso)).toBe(differenceInCalendarDays(d, new Date(2020, 0, 1)) + 1);
      expect(formatDayMonth(iso)).toBe(format(d, "d MMM"));
    }
  });
});
