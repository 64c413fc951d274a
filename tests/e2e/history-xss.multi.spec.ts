import { expect, test } from "@playwright/test";
import { formatCommitSubject } from "../../lib/content/parse-git-log";
import { HTML_PAYLOADS, URL_PAYLOADS } from "../unit/xss-helpers";
import { decodeHtml, parseXml } from "./xml";

// Commit subjects are text written by whoever can commit. scripts/test/make-history-repo.mjs
// committed one change of tracked-war/2024-04-02.md per XSS payload, with the payload as the
// whole commit message, in a real git repository served by a production build.
const PAYLOADS = [...HTML_PAYLOADS, ...URL_PAYLOADS];
const SUBJECTS = [...PAYLOADS.map(formatCommitSubject).reverse(), "Publish 2 April"]; // newest first

test("hostile commit subjects show as text on the history page and nothing executes", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto("/tracked-war/2024-04-02/history");
  expect(response?.status()).toBe(200);
  await page.waitForTimeout(1_000); // give onload, onerror and timers a chance to fire
  expect(dialogs).toEqual([]);
  // A history page shows the newest 200 revisions and counts the rest (lib/content/history-view.ts).
  expect(await page.getByTestId("subject").allTextContents()).toEqual(SUBJECTS.slice(0, 200));
  expect(SUBJECTS.length).toBeGreaterThan(200);
  await expect(page.locator("main")).toContainText(`${SUBJECTS.length - 200} older revisions not shown.`);
  const found = await page.locator("main").evaluate((main) => ({
    elements: [...main.querySelectorAll("script, iframe, object, embed, svg, math, img, form, base, meta, link, style, template")].length,
    handlers: [...main.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => a.name),
    ),
    links: [...main.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
  }));
  expect(found.elements).toBe(0);
  expect(found.handlers).toEqual([]);
  expect(found.links.every((href) => href?.startsWith("/"))).toBe(true);
});

test("hostile commit subjects stay text in the changes feed, which parses as XML", async ({ request }) => {
  const text = await (await request.get("/tracked-war/changes.xml")).text();
  const entries: any[] = parseXml(text).feed.entry;
  const hostile = entries.filter((entry) => entry.link["@_href"].includes("/2024-04-02/history#"));
  expect(hostile).toHaveLength(48); // the feed's 50 entries, after the two edits of 1 May
  hostile.forEach((entry, i) => {
    expect(decodeHtml(entry.summary["#text"])).toBe(SUBJECTS[i]);
    expect(decodeHtml(entry.content["#text"])).toContain(`<p>${SUBJECTS[i]}</p>`);
  });
  // Nothing a payload holds becomes markup of the feed itself (the feed's own markup is <p> and one link per entry).
  expect(text).not.toMatch(/<script|<img|<svg|<iframe|<object|<embed|<body|<math|<div/i);
  expect(text.match(/<a /g)).toHaveLength(entries.length);
});
