import { expect, test } from "@playwright/test";
import { getJsonLd, getMeta } from "./head";

test("corrections are shown on the day and drive its modified time everywhere", async ({ page, request }) => {
  await page.goto("/israel-gaza/2024-01-07");
  const notice = page.getByRole("complementary", { name: "Corrections" });
  await expect(notice.locator("li")).toHaveText([
    "8 January 2024, 09:30 UTC: An earlier version of this fixture misspelt a name.",
    "Tuesday, 9 January 2024: An earlier version of this fixture filed its only item under the wrong section.",
  ]);
  const modified = "2024-01-09T00:00:00.000Z";
  await expect(page.getByText(/^Updated/)).toContainText("9 January 2024, 00:00 UTC");
  expect(await getMeta(page, "article:modified_time")).toBe(modified);
  expect((await getJsonLd(page)).find((d) => d["@type"] === "NewsArticle")?.dateModified).toBe(modified);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/israel-gaza/2024-01-07</loc>\\s*<lastmod>${modified}</lastmod>`));
  const feed = await (await request.get("/israel-gaza/feed.json")).json();
  expect(feed.items.find((i: { url: string }) => i.url.endsWith("/2024-01-07")).date_modified).toBe(modified);
});
