import { expect, test } from "@playwright/test";
import { markdown, renderBlocks } from "../../lib/content/markdown";
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
