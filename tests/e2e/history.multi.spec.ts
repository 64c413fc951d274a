import { expect, test, type Page } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getJsonLd, getMeta } from "./head";
import { parseXml } from "./xml";

// tracked-war is a real git repository made by scripts/test/make-history-repo.mjs: 2024-05-01.md
// was pokrovsk-notes.md, renamed to its date as a draft, edited as a draft, published, then
// edited twice (the second edit adds a correction); 2024-05-02.md was published once;
// 2024-05-04.md is on disk but never committed.
const ORIGIN = "http://127.0.0.1:3101";
const DAY = "/tracked-war/2024-05-01";
const HISTORY = `${DAY}/history`;
const LAST_EDIT = "2024-05-03T09:15:00.000Z";

/** The words of each revision's `<ins>` and `<del>` elements, newest revision first (generated screen-reader text is CSS, not text). */
async function readRevisions(page: Page) {
  return page.locator("main ol > li[id^='r-']").evaluateAll((items) =>
    items.map((item) => ({
      id: item.id,
      heading: item.querySelector("h2")?.textContent,
      time: item.querySelector("h2 time")?.getAttribute("datetime"),
      subject: item.querySelector("[data-testid=subject]")?.textContent,
      added: [...item.querySelectorAll("ins")].map((el) => el.textContent?.trim()),
      removed: [...item.querySelectorAll("del")].map((el) => el.textContent?.trim()),
    })),
  );
}

test("the history page lists exactly the published revisions, newest first, with their changes in <ins> and <del>", async ({ page }) => {
  const response = await page.goto(HISTORY);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(/Tracked war.*Day 31: changes/);
  expect(await getMeta(page, "robots")).toMatch(/noindex/);
  const revisions = await readRevisions(page);
  expect(revisions.map((r) => [r.heading, r.time, r.subject])).toEqual([
    ["Updated 3 May 2024, 09:15 UTC", "2024-05-03T09:15:00.000Z", "Correct the source of the Avdiivka report"],
    ["Updated 2 May 2024, 07:30 UTC", "2024-05-02T07:30:00.000Z", "Raise the Pokrovsk death toll to 14"],
    ["Published 1 May 2024, 18:00 UTC", "2024-05-01T18:00:00.000Z", "Publish 1 May"],
  ]);
  expect(revisions[0]).toMatchObject({
    added: [
      "and Myrnohrad",
      "AFP",
      "AFP (https://example.org/afp-avdiivka)",
      "Friday, 3 May 2024: An earlier version credited the Avdiivka report to Reuters; it came from AFP.",
    ],
    removed: ["Reuters"],
  });
  expect(revisions[1]).toMatchObject({ added: ["14", "14", "Rescue work ended overnight."], removed: ["11", "11"] });
  expect(revisions[2]).toMatchObject({ added: [], removed: [] });
  // The changes are grouped by part of the page and by item.
  const update = page.locator(`#${revisions[1]!.id}`);
  await expect(update.locator("h3")).toHaveText(["Summary", "Battlefield"]);
  await expect(update.locator("[data-group=battlefield] li")).toHaveText([
    "Item 1, changed: A missile attack on Pokrovsk killed at least 1114 people, officials said.",
    "Item 3, added: Rescue work ended overnight.",
  ]);
  // The first revision's whole text, folded; nothing from before the rename or from the draft period.
  await page.getByText("The text as first published").click();
  await expect(page.locator(`#${revisions[2]!.id}`)).toContainText("Germany pledged another air defence system.");
  const main = await page.locator("main").innerText();
  for (const hidden of ["Notes on Pokrovsk", "Draft: add the weapons section", "as a draft"]) expect(main).not.toContain(hidden);
});

test("added and removed words are announced and told apart without colour", async ({ page }) => {
  await page.goto(HISTORY);
  const ins = page.locator("main ins").first();
  const styles = await ins.evaluate((el) => ({
    decoration: getComputedStyle(el).textDecorationLine,
    before: getComputedStyle(el, "::before").content,
    after: getComputedStyle(el, "::after").content,
    delDecoration: getComputedStyle(document.querySelector("main del")!).textDecorationLine,
    delBefore: getComputedStyle(document.querySelector("main del")!, "::before").content,
  }));
  expect(styles).toEqual({
    decoration: "underline",
    before: '" [added: "',
    after: '"] "',
    delDecoration: "line-through",
    delBefore: '" [removed: "',
  });
});

test("the history page passes axe in light and dark mode, keeps its headings in order and is served from the cache", async ({
  page,
  request,
}) => {
  await page.goto(HISTORY);
  await page.getByText("The text as first published").click();
  await expectHeadingsInOrder(page);
  await expectNoAxeViolations(page);
  await expect.poll(async () => (await request.get(HISTORY)).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("the day page counts its updates and links to its history; dateModified is the latest published revision", async ({
  page,
  request,
}) => {
  await page.goto(DAY);
  const line = page.getByTestId("history-link");
  await expect(line).toHaveText("Updated 2 times, most recently 3 May 2024, 09:15 UTC · See changes");
  await expect(line.locator("time")).toHaveAttribute("datetime", LAST_EDIT);
  const article = (await getJsonLd(page)).find((d) => d["@type"] === "NewsArticle");
  expect(article?.dateModified).toBe(LAST_EDIT);
  expect(await getMeta(page, "article:modified_time")).toBe(LAST_EDIT);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}${DAY}</loc>\\s*<lastmod>${LAST_EDIT}</lastmod>`));
  const feed = await (await request.get("/tracked-war/feed.json")).json();
  expect(feed.items.find((i: { url: string }) => i.url.endsWith(DAY)).date_modified).toBe(LAST_EDIT);
  await line.getByRole("link", { name: "See changes" }).click();
  await expect(page).toHaveURL(`${ORIGIN}${HISTORY}`);
});

test("a day published once has a quiet history link and a history page that says so", async ({ page }) => {
  await page.goto("/tracked-war/2024-05-02");
  await expect(page.getByTestId("history-link")).toHaveText("Not changed since it was published · History");
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByTestId("history-summary")).toHaveText("Published 2 May 2024, 20:00 UTC, not changed since.");
  expect((await readRevisions(page)).map((r) => r.subject)).toEqual(["Publish 2 May"]);
});

test("a file git does not track has no history link, and its history address is a 404", async ({ page, request }) => {
  const day = await page.goto("/tracked-war/2024-05-04");
  expect(day?.status()).toBe(200);
  await expect(page.getByTestId("history-link")).toHaveCount(0);
  await expect(page.locator("a[href$='/history']")).toHaveCount(0);
  for (const path of [
    "/tracked-war/2024-05-04/history",
    "/sample-war/2024-03-10/history",
    "/tracked-war/2024-05-09/history",
    "/nowhere/2024-05-01/history",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
  }
});

test("the changes feed lists revisions made after first publication, newest first, linking to each revision", async ({ page, request }) => {
  await page.goto("/tracked-war");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"][href$="/tracked-war/changes.xml"]')).toHaveCount(1);
  const response = await request.get("/tracked-war/changes.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  expect(response.headers()["etag"]).toMatch(/^"[\w-]{27}"$/);
  const feed = parseXml(await response.text()).feed;
  expect(feed.updated).toBe(LAST_EDIT);
  expect(feed.entry.length).toBe(50); // the two edits of 1 May, then the newest hostile edits of 2 April
  const [first, second] = feed.entry;
  expect([first.title["#text"], first.summary["#text"], first.updated]).toEqual([
    "Changed: Tracked war, day 31: Missiles strike Pokrovsk and Myrnohrad",
    "Correct the source of the Avdiivka report",
    LAST_EDIT,
  ]);
  expect([second.summary["#text"], second.updated]).toEqual(["Raise the Pokrovsk death toll to 14", "2024-05-02T07:30:00.000Z"]);
  // Each entry links to its revision on the history page.
  await page.goto(HISTORY);
  const ids = (await readRevisions(page)).map((r) => r.id);
  expect([first.link["@_href"], second.link["@_href"]]).toEqual([`${ORIGIN}${HISTORY}#${ids[0]}`, `${ORIGIN}${HISTORY}#${ids[1]}`]);
  const others = feed.entry.slice(2).map((e: any) => e.link["@_href"]);
  expect(others.every((href: string) => href.startsWith(`${ORIGIN}/tracked-war/2024-04-02/history#r-`))).toBe(true);
  expect(feed.entry.map((e: any) => e.id)).not.toContain(`${ORIGIN}/tracked-war/2024-05-02/history`); // published once: no change
});
