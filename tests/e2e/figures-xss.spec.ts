import { expect, test } from "@playwright/test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FigureSection } from "../../components/figure-section";
import { FigureTable } from "../../components/figure-table";
import { FigureYearsNav } from "../../components/figure-years-nav";
import { KeyFigures } from "../../components/key-figures";
import { computeDayFigures, computeFigureHistory } from "../../lib/content/figure-history";
import { computeFigureSeries } from "../../lib/content/figure-series";
import { isError } from "../../lib/content/issues";
import { parseConflict } from "../../lib/content/parse-conflict";
import { computeFigureYears } from "../../lib/figure-years";
import { formatBriefingHtml } from "../../lib/publish/feed-html";
import { buildNewsArticle, serializeJsonLd } from "../../lib/publish/json-ld";
import { parseDay } from "../unit/helpers";
import { buildFigureXssCases } from "../unit/xss-helpers";

// Every payload in every field of a figure (label, unit, description, note, and the name, URL and id of a source only
// the figure cites) goes through the checker; what it accepts is rendered as the Key figures box, the figures page's
// section for the figure (heading, description, chart, table, year links, CSV link), its year page's table and year links, the feed HTML and the JSON-LD, then put in a real page with no Content-Security-Policy.
test("figure labels, units, notes and sources are rejected with a position, or inert in Chromium", async ({ page }) => {
  // Parsing and rendering 2,040 placements takes most of a minute, synchronously, before the page is opened.
  test.setTimeout(120_000);
  const sections: string[] = [];
  let rejected = 0;
  for (const [i, c] of buildFigureXssCases().entries()) {
    const parsed = parseConflict("content/russia-ukraine/_conflict.md", "russia-ukraine", c.conflict);
    const result = parsed.conflict
      ? parseDay("content/russia-ukraine/2024-01-07.md", "2024-01-07.md", c.day, parsed.conflict, { today: "2026-11-29" })
      : undefined;
    const errors = (result?.issues ?? parsed.issues).filter(isError);
    if (errors.length > 0 || !result?.briefing || !parsed.conflict) {
      rejected++;
      for (const error of errors) expect(error.line * error.column, `${c.name}: ${error.code}`).toBeGreaterThanOrEqual(1);
      continue;
    }
    const { briefing } = result;
    const history = computeFigureHistory([{ date: briefing.date, figures: briefing.figures }]);
    const figures = computeDayFigures(history, briefing.date, briefing.figures);
    const box = renderToStaticMarkup(createElement(KeyFigures, { slug: "russia-ukraine", date: briefing.date, figures }));
    // The figures page's part for each figure (its heading and navigation use next/link, which this runner cannot load).
    const figuresPage = computeFigureSeries(parsed.conflict.figures ?? [], history)
      .map((series) => renderToStaticMarkup(createElement(FigureSection, { slug: "russia-ukraine", series })))
      .join("");
    // A figure's year page: its table and year links (the page around them uses next/link too).
    const yearPage = computeFigureSeries(parsed.conflict.figures ?? [], history)
      .map(({ definition, points }) =>
        [
          renderToStaticMarkup(createElement(FigureTable, { slug: "russia-ukraine", definition, points, caption: "Every report of 2024" })),
          renderToStaticMarkup(
            createElement(FigureYearsNav, {
              slug: "russia-ukraine",
              figureKey: definition.key,
              label: definition.label,
              years: computeFigureYears(points),
              current: 2024,
            }),
          ),
        ].join(""),
      )
      .join("");
    const feed = formatBriefingHtml(briefing, "https://daybook.example/russia-ukraine/2024-01-07", figures);
    const jsonLd = serializeJsonLd(buildNewsArticle(parsed.conflict, briefing, "A headline"));
    sections.push(
      `<section data-case="${i}">${box}${figuresPage}${yearPage}${feed}<script type="application/ld+json">${jsonLd}</script></section>`,
    );
  }
  expect(rejected).toBeGreaterThan(0);
  expect(sections.length).toBeGreaterThan(0);

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("about:blank");
  await page.setContent(`<!doctype html><html><body>${sections.join("\n")}</body></html>`, { waitUntil: "load" });
  await page.waitForTimeout(1_000); // give timers, onload and onerror handlers a chance to fire
  expect(dialogs).toEqual([]);
  const found = await page.evaluate(() => ({
    sections: document.querySelectorAll("section[data-case]").length,
    charts: document.querySelectorAll("svg.figure-chart").length,
    svgs: document.querySelectorAll("svg").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.type !== "application/ld+json").length,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    active: document.querySelectorAll(
      "iframe, object, embed, math, form, base, meta, link, style, frame, frameset, portal, template, foreignObject, img",
    ).length,
    handlers: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => a.name),
    ),
    links: [...document.querySelectorAll("a[href]")].map((el) => (el.getAttribute("href") ?? "").trim()),
  }));
  expect(found.sections).toBe(sections.length);
  // The only SVG elements are the charts the figures page draws, one per accepted placement.
  expect(found.charts).toBe(sections.length);
  expect(found.svgs).toBe(sections.length);
  expect(found.scripts).toBe(0);
  expect(found.jsonLd).toHaveLength(sections.length);
  for (const json of found.jsonLd) expect(JSON.parse(json)["@type"]).toBe("NewsArticle");
  expect(found.active).toBe(0);
  expect(found.handlers).toEqual([]);
  for (const url of found.links) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
    expect([undefined, "http", "https", "mailto"], url).toContain(scheme);
  }
  console.log(`Figure placements in Chromium: ${rejected} rejected by the checker, ${sections.length} rendered inert`);
});
