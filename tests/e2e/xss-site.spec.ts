import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { ALL_PAYLOADS } from "../unit/xss-helpers";
import { writeXssSite, XSS_SLUG, type XssSite } from "../unit/xss-site";
import { startShippedCopy, type TestServer } from "./server";

// Every payload the checker accepts, published by the real site (tests/unit/xss-site.ts writes the
// content; a copy of the shipped build serves it) and opened in Chromium with no Content-Security-Policy
// to help: each page holds many payloads (a day with all the items, links, sources and tags; month
// pages of payload headlines and summaries; the about text; search results; the list of places).
const PORT = 3107;
const CONTENT = path.resolve(".test-results/xss-site-content");
let server: TestServer;
let site: XssSite;

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ bypassCSP: true });
test.beforeAll(async () => {
  site = writeXssSite(CONTENT);
  server = await startShippedCopy("xss-site", PORT, { CONTENT_DIR: CONTENT });
});
test.afterAll(async () => {
  await server?.stop();
});

/** Tags the site itself renders inside <main>; any other element there came from a payload. */
const MAIN_TAGS = new Set(
  "a p ul ol li h1 h2 h3 h4 h5 h6 em strong b i code pre blockquote br hr del s table caption thead tbody tr th td img time span div section article nav header footer details summary small mark form label input select option button abbr sup sub dl dt dd figure figcaption".split(
    " ",
  ),
);

/** What a page has that could run code: found in the DOM as Chromium built it. */
async function findActive(page: Page) {
  return page.evaluate(
    (mainTags) => {
      const problems: string[] = [];
      const safe = (url: string) => {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
        return scheme === undefined || ["http", "https", "mailto"].includes(scheme);
      };
      // The site's own scripts, and nothing else: production pages carry no Next.js runtime
      // (lib/serve/strip-client-runtime.mjs), only the theme script in <head>, the page script at
      // the end of <body> (components/page-script.tsx) and JSON-LD.
      const isOurs = (script: HTMLScriptElement) =>
        (script.id === "daybook-theme-init" && script.parentElement === document.head && !script.src) ||
        (script.id === "daybook-page-script" && script.parentElement === document.body && !script.src) ||
        script.type === "application/ld+json";
      for (const el of document.querySelectorAll("*")) {
        for (const attribute of el.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith("on")) problems.push(`${el.tagName}[${name}]`);
          if (
            ["href", "src", "action", "formaction", "poster", "background", "data", "xlink:href", "srcdoc"].includes(name) &&
            !safe(attribute.value)
          )
            problems.push(`${el.tagName}[${name}=${attribute.value.slice(0, 40)}]`);
        }
        if (el instanceof HTMLScriptElement && !isOurs(el))
          problems.push(`script ${el.getAttribute("src") ?? (el.textContent ?? "").slice(0, 60)}`);
      }
      for (const el of document.querySelectorAll("main *")) {
        if (el instanceof HTMLScriptElement && isOurs(el)) continue;
        if (!mainTags.includes(el.tagName.toLowerCase())) problems.push(`<${el.tagName.toLowerCase()}> in main`);
      }
      for (const el of document.querySelectorAll("iframe, object, embed, frame, frameset, base, portal, applet, meta[http-equiv]")) {
        problems.push(`<${el.tagName.toLowerCase()}>`);
      }
      // Structured data must still parse: nothing broke out of its script element.
      for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          JSON.parse(el.textContent ?? "");
        } catch {
          problems.push("JSON-LD that does not parse");
        }
      }
      return problems;
    },
    [...MAIN_TAGS],
  );
}

const dialogs: string[] = [];
test.beforeEach(({ page }) => {
  page.on("dialog", async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
});

/** Opens a page, gives handlers and timers a moment to fire, and checks that nothing is active. */
async function expectInert(page: Page, pathname: string, expectedText?: string): Promise<void> {
  const response = await page.goto(`${server.origin}${pathname}`);
  expect(response?.status(), pathname).toBe(200);
  await page.waitForTimeout(300);
  if (expectedText) await expect(page.locator("main")).toContainText(expectedText);
  expect(await findActive(page), pathname).toEqual([]);
  expect(dialogs).toEqual([]);
}

test("the day holding every accepted item, lede, link, image, source and tag", async ({ page }) => {
  await expectInert(page, `/${XSS_SLUG}/${site.kitchenDate}`, "Every payload in one briefing");
  // Payloads written as text stay text: the first accepted item reads as typed, tags and all.
  expect(await page.locator("main li").count()).toBeGreaterThan(site.counts["as an item"]!);
});

test("month pages of payload headlines and summaries", async ({ page }) => {
  for (const month of site.months) await expectInert(page, `/${XSS_SLUG}/archive/${month.replace("-", "/")}`);
});

test("a day page's head and structured data with payload headlines", async ({ page }) => {
  for (const day of ["2020-01-01", "2020-02-01", "2020-03-01"]) {
    await expectInert(page, `/${XSS_SLUG}/${day}`);
    expect(await page.title()).toContain("XSS corpus");
  }
});

test("the conflict page: about text and every day", async ({ page }) => {
  await expectInert(page, `/${XSS_SLUG}`, "XSS corpus");
});

test("places and topics: every payload accepted as a tag, listed on one page", async ({ page }) => {
  await expectInert(page, `/${XSS_SLUG}/places`);
  await expectInert(page, `/${XSS_SLUG}/topics`);
});

test("search: payloads as indexed text and as the query, and every conflict name in the form", async ({ page }) => {
  for (const q of ["alert", "javascript", "img", "svg", "script"]) await expectInert(page, `/search?q=${q}`, "results for");
  expect(await page.locator("select[name=conflict] option").count()).toBe(site.namedConflicts + 2); // "All conflicts" and "XSS corpus"
  for (const q of ALL_PAYLOADS.filter((p) => p.length <= 200).slice(0, 6)) await expectInert(page, `/search?q=${encodeURIComponent(q)}`);
});

test("feeds are well-formed and their HTML content is inert in a browser", async ({ page, request }) => {
  const html: string[] = [];
  for (const format of ["feed.xml", "atom.xml"]) {
    const xml = await (await request.get(`${server.origin}/${XSS_SLUG}/${format}`)).text();
    expect(XMLValidator.validate(xml), format).toBe(true);
  }
  const json = await (await request.get(`${server.origin}/${XSS_SLUG}/feed.json`)).json();
  for (const item of json.items) html.push(`<article>${item.content_html}</article>`);
  await page.setContent(`<!doctype html><html><body><main>${html.join("\n")}</main></body></html>`, { waitUntil: "load" });
  await page.waitForTimeout(500);
  expect(html.length).toBeGreaterThan(10);
  expect(await findActive(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});
