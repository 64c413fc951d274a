import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
// Next.js matches next.config `headers()` sources with this same compiled path-to-regexp.
import { pathToRegexp } from "next/dist/compiled/path-to-regexp";
import { describe, expect, it } from "vitest";
import { getCacheHeaders, PAGE_CACHE_CONTROL } from "@/lib/cache-control.mjs";

const APP = path.resolve(import.meta.dirname, "../../../app");

/** A real-looking value for each dynamic segment of app/ (a new segment name needs one here). */
const SAMPLES: Record<string, string> = {
  conflict: "russia-ukraine",
  date: "2024-01-07",
  year: "2024",
  month: "01",
  tag: "kyiv",
  page: "2",
  file: "drones-launched",
};

/** Every page.tsx under app/ as the address of one of its pages, and whether it reads the query (rendered per request). */
function getPages(dir = APP): { file: string; address: string; perRequest: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : getPages(full);
    if (entry.name !== "page.tsx") return [];
    const segments = path.relative(APP, dir).split(path.sep).filter(Boolean);
    const address = segments
      .filter((s) => !/^\(.*\)$/.test(s)) // route groups add nothing to the address
      .map((s) => {
        const name = /^\[(.+)\]$/.exec(s)?.[1];
        if (name === undefined) return s;
        expect(SAMPLES[name], `a sample value for [${name}] (${full})`).toBeDefined();
        return SAMPLES[name];
      });
    return [
      { file: path.relative(APP, full), address: `/${address.join("/")}`, perRequest: readFileSync(full, "utf8").includes("searchParams") },
    ];
  });
}

const patterns = getCacheHeaders().map(({ source, headers }) => ({ source, regexp: pathToRegexp(source), value: headers[0]?.value }));

describe("the kept pages' Cache-Control (lib/cache-control.mjs)", () => {
  const pages = getPages();

  it("finds every page of app/", () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(pages.map((p) => p.address)).toContain("/russia-ukraine/figures/drones-launched/2024");
  });

  it("gives every page Next.js keeps the 15 s CDN policy, and none to a page rendered per request", () => {
    for (const page of pages) {
      const matched = patterns.filter((p) => p.regexp.test(page.address));
      if (page.perRequest)
        expect(
          matched.map((m) => m.source),
          `${page.file} reads the query: rendered per request`,
        ).toEqual([]);
      else
        expect(
          matched.map((m) => m.value),
          `${page.file} (${page.address})`,
        ).toEqual([PAGE_CACHE_CONTROL]);
    }
  });

  it("leaves the site's own top-level addresses, files and build output to their own headers", () => {
    for (const address of [
      "/api/v1/conflicts",
      "/search",
      "/revalidate",
      "/icon",
      "/opengraph-image",
      "/_next/static/x.css",
      "/russia-ukraine/figures/drones-launched.csv",
      "/russia-ukraine/feed.xml",
      "/russia-ukraine/latest",
      "/sitemap.xml",
    ]) {
      expect(
        patterns.filter((p) => p.regexp.test(address)).map((p) => p.source),
        address,
      ).toEqual([]);
    }
  });
});
