import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getArchiveView, getConflictView, getDayLookup, getDayView, getFeedView, getHomeView, getMonthView, getSearchView, getSiteView, getTagView } from "@/lib/content";
import { briefingSchema, conflictSchema } from "@/lib/content/schema";
import { getStore } from "@/lib/content/store";
import { FIXTURES } from "../helpers";

// The views read the store, which reads CONTENT_DIR: here the two-conflict fixture.
beforeEach(() => vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "content-multi")));
afterEach(() => vi.unstubAllEnvs());

describe("the store's output", () => {
  it("matches the app schemas: every conflict and briefing the pages get is valid", () => {
    const store = getStore();
    expect(store.conflicts.map((c) => c.slug)).toEqual(["israel-gaza", "sample-war"]);
    for (const conflict of store.conflicts) expect(conflictSchema.safeParse(conflict).error).toBeUndefined();
    const briefings = [...store.indexes.values()].flatMap((index) => index.oldestFirst);
    expect(briefings).toHaveLength(7);
    for (const briefing of briefings) expect(briefingSchema.safeParse(briefing).error, briefing.date).toBeUndefined();
  });
});

describe("page views", () => {
  it("a day: the briefing, its neighbours, the newest date and the conflict", () => {
    const view = getDayView("sample-war", "2024-03-10");
    expect(view?.conflict.name).toBe("Sample war");
    expect(view?.briefing.day).toBe(10);
    expect(view?.previous?.date).toBe("2024-03-01");
    expect(view?.next?.date).toBe("2024-03-11");
    // Outside production, drafts are shown (with a banner), so the draft is the newest day.
    expect(view?.latestDate).toBe("2024-03-12");
    expect(getDayView("sample-war", "2024-03-02")).toBeUndefined();
    expect(getDayView("nowhere", "2024-03-10")).toBeUndefined();
  });

  it("a day: the same date in earlier years, newest first, and none from later years", () => {
    expect(getDayView("israel-gaza", "2024-10-07")?.earlier.map((b) => b.date)).toEqual(["2023-10-07"]);
    expect(getDayView("israel-gaza", "2023-10-07")?.earlier).toEqual([]);
  });

  it("a conflict lists its days newest first; the home page its latest and recent days", () => {
    expect(getConflictView("israel-gaza")?.briefings.map((b) => b.date)).toEqual(["2024-10-07", "2024-01-07", "2023-10-07"]);
    const home = getHomeView(1).conflicts.find((c) => c.conflict.slug === "israel-gaza");
    expect([home?.latest?.date, home?.recent.map((b) => b.date), home?.count]).toEqual(["2024-10-07", ["2024-01-07"], 3]);
    expect(getSiteView().conflicts).toEqual([{ slug: "israel-gaza", name: "Israel–Gaza war" }, { slug: "sample-war", name: "Sample war" }]);
  });

  it("a conflict's page lists one by one only the days of the year up to its latest; every month is there for the rest", () => {
    // 2023-10-07 is 366 days before 2024-10-07 (2024 is a leap year): just outside the year.
    const view = getConflictView("israel-gaza");
    expect(view?.recent.map((b) => b.date)).toEqual(["2024-10-07", "2024-01-07"]);
    expect(view?.months.map((m) => m.key)).toEqual(["2023/10", "2023/11", "2023/12", ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map((m) => `2024/${m}`)]);
    expect(view?.months.find((m) => m.key === "2023/10")?.count).toBe(1);
    // A conflict whose days all fall within a year lists them all.
    const sample = getConflictView("sample-war");
    expect(sample?.recent).toEqual(sample?.briefings);
  });

  it("the archive and a month: counts, neighbours, weeks Monday first; malformed or outside months are undefined", () => {
    expect(getArchiveView("israel-gaza")?.months.filter((m) => m.count > 0).map((m) => m.key)).toEqual(["2023/10", "2024/01", "2024/10"]);
    const month = getMonthView("israel-gaza", "2024", "01");
    expect([month?.previous?.key, month?.month.label, month?.next?.key]).toEqual(["2023/12", "January 2024", "2024/02"]);
    expect(month?.briefings.map((b) => b.date)).toEqual(["2024-01-07"]);
    expect(month?.weeks[0]?.slice(0, 1)).toEqual([{ date: "2024-01-01", dayOfMonth: 1, briefing: undefined }]);
    expect(getMonthView("israel-gaza", "2024", "1")).toBeUndefined();
    expect(getMonthView("israel-gaza", "2023", "09")).toBeUndefined();
    expect(getMonthView("israel-gaza", "2024", "11")).toBeUndefined();
  });

  it("a tag page: one page of the days naming it; past the last page is undefined", () => {
    const view = getTagView("israel-gaza", "places", "israel", 1);
    expect([view?.tag.name, view?.list.items.map((b) => b.date), view?.list.pages]).toEqual(["Israel", ["2024-10-07"], 1]);
    expect(getTagView("israel-gaza", "places", "israel", 2)).toBeUndefined();
    expect(getTagView("israel-gaza", "places", "gaza", 1)).toBeUndefined();
  });

  it("search, feeds and the day lookups answer from the same store", async () => {
    const search = await getSearchView({ q: "blinken", conflict: "israel-gaza" });
    expect([search.query.conflict, search.total, search.results[0]?.date]).toEqual(["israel-gaza", 2, "2024-01-07"]); // its summary and its item
    expect((await getSearchView({ q: "" })).total).toBe(0);
    expect(getFeedView("nowhere")).toBeUndefined();
    expect(getFeedView()?.entries.map((e) => e.briefing.date).slice(0, 2)).toEqual(["2024-10-07", "2024-03-12"]);
    const lookup = getDayLookup("israel-gaza");
    expect([lookup?.latest?.date, lookup?.byDay(93)?.date, lookup?.has("2024-01-08")]).toEqual(["2024-10-07", "2024-01-07", false]);
  });
});
