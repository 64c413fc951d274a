import { expect, test } from "@playwright/test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SourcesList } from "../../components/sources-list";
import { isError } from "../../lib/content/issues";
import { markdown, renderBlocks } from "../../lib/content/markdown";
import { formatBriefingHtml } from "../../lib/publish/feed-html";
import { buildNewsArticle, serializeJsonLd } from "../../lib/publish/json-ld";
import { parseDay, russiaUkraine } from "../unit/helpers";
import { buildXssCases } from "../unit/xss-helpers";

// Defence in depth: every payload rendered by the Markdown renderer directly, as if the checker had been
// bypassed, then put in a real page with no Content-Security-Policy to help.
test("payloads that bypass the checker stay inert in a real browser", async ({ page }) => {
  // The Markdown placements (front-matter text never reaches the renderer).
  const cases = buildXssCases().filter((c) => c.body.includes(c.payload));
  const html = cases.map((c, i) => `<section data-case="${i}">${renderBlocks(markdown.parse(c.body, {}))}</section>`).join("\n");
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("about:blank");
  await page.setContent(`<!doctype html><html><body>${html}</body></html>`, { waitUntil: "load" });
  await page.waitForTimeout(1_000); // give timers, onload and onerror handlers a chance to fire
  expect(dialogs).toEqual([]);

  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      sections: document.querySelectorAll("section[data-case]").length,
      scripts: document.querySelectorAll("script").length,
      active: document.querySelectorAll(
        "iframe, object, embed, svg, math, form, base, meta, link, style, frame, frameset, portal, template",
      ).length,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName}[${a.name}]`),
      ),
      links: [...document.querySelectorAll("a[href], img[src]")].map((el) =>
        (el.getAttribute("href") ?? el.getAttribute("src") ?? "").trim(),
      ),
    };
  });
  expect(found.sections).toBe(cases.length);
  expect(found.scripts).toBe(0);
  expect(found.active).toBe(0);
  expect(found.handlers).toEqual([]);
  expect(found.links.length).toBeGreaterThan(0);
  // Every link or image is relative or http(s)/mailto, as browsers read schemes (ignoring control characters).
  for (const url of found.links) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
    expect([undefined, "http", "https", "mailto"], url).toContain(scheme);
  }
});

// Source ids, names and URLs go through the whole pipeline: the checker rejects a payload with a position, or
// what it accepts is rendered as the day page renders it (items with their numbered links, the sources list
// component), as feeds render it and as JSON-LD, then put in a real page with no Content-Security-Policy.
test("source ids, names and URLs are rejected with a position, or inert on the page, in feeds and in JSON-LD", async ({ page }) => {
  const cases = buildXssCases().filter((c) => c.name.includes("source"));
  const sections: string[] = [];
  let rejected = 0;
  for (const [i, c] of cases.entries()) {
    const text = `---\nsummary: "A summary."\n${c.front}---\n${c.body}`;
    const { briefing, issues } = parseDay("c/2024-01-07.md", "2024-01-07.md", text, russiaUkraine, { today: "2026-11-29" });
    const errors = issues.filter(isError);
    if (errors.length > 0 || !briefing) {
      rejected++;
      for (const error of errors) expect(error.line * error.column, `${c.name}: ${error.code}`).toBeGreaterThanOrEqual(1);
      expect(errors.length, c.name).toBeGreaterThan(0);
      continue;
    }
    const items = briefing.sections.flatMap((s) => s.items.map((item) => `<li id="${item.id}">${item.html}</li>`)).join("");
    const sources = renderToStaticMarkup(createElement(SourcesList, { sources: briefing.sources }));
    const feed = formatBriefingHtml(briefing, "https://daybook.example/russia-ukraine/2024-01-07");
    const jsonLd = serializeJsonLd(buildNewsArticle(russiaUkraine, briefing, briefing.title ?? "A headline"));
    sections.push(
      `<section data-case="${i}">${briefing.ledeHtml ?? ""}<ul>${items}</ul>${sources}${feed}<script type="application/ld+json">${jsonLd}</script></section>`,
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
  await page.waitForTimeout(1_000);
  expect(dialogs).toEqual([]);
  const found = await page.evaluate(() => ({
    sections: document.querySelectorAll("section[data-case]").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.type !== "application/ld+json").length,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    active: document.querySelectorAll("iframe, object, embed, svg, math, form, base, meta, link, style, frame, frameset, portal, template")
      .length,
    handlers: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => a.name),
    ),
    links: [...document.querySelectorAll("a[href]")].map((el) => (el.getAttribute("href") ?? "").trim()),
  }));
  expect(found.sections).toBe(sections.length);
  expect(found.scripts).toBe(0);
  expect(found.jsonLd).toHaveLength(sections.length);
  for (const json of found.jsonLd) expect(JSON.parse(json)["@type"]).toBe("NewsArticle");
  expect(found.active).toBe(0);
  expect(found.handlers).toEqual([]);
  for (const url of found.links) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
    expect([undefined, "http", "https", "mailto"], url).toContain(scheme);
  }
  console.log(`Source placements in Chromium: ${rejected} rejected by the checker, ${sections.length} rendered inert`);
});
