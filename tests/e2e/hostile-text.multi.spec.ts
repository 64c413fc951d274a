import { expect, test } from "@playwright/test";
import { getJsonLd, getMeta } from "./head";

// tests/fixtures/content-multi/sample-war/2024-03-11.md puts </script>, quotes and & in its title, summary and cited source.
const TITLE = '</script><script>alert(1)</script> "Quoted" & <b>bold</b>';
const SUMMARY = "A summary with </script><script>alert(2)</script>, 'single' and \"double\" quotes & an ampersand.";

test("</script>, quotes and ampersands stay text in the page, its head and its JSON-LD", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto("/sample-war/2024-03-11");
  expect(response?.status()).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(dialogs).toEqual([]);

  expect(await page.title()).toContain(TITLE);
  expect(await getMeta(page, "description")).toBe(SUMMARY);
  expect(await getMeta(page, "og:title")).toContain(TITLE);
  await expect(page.getByTestId("headline")).toHaveText(TITLE);
  await expect(page.getByTestId("summary")).toHaveText(SUMMARY);
  await expect(page.locator("#battlefield li")).toHaveText("An item that mentions </script> in prose, </script> in code, and a & b.1");
  // The cited source's name, in the numbered link's accessible name and in the sources list.
  await expect(page.locator("#battlefield-1 sup a")).toHaveAttribute("aria-label", "Source 1: Agency </script> & Co");
  await expect(page.locator("#source-1 > a").first()).toHaveText("Agency </script> & Co");
  await expect(page.locator("#source-1 > a").first()).toHaveAttribute("href", "https://example.org/?a=1&b=2");
  await expect(page.locator("#source-1")).toContainText("(example.org)");
  await expect(page.locator("main b")).toHaveCount(0);

  const article = (await getJsonLd(page)).find((d) => d["@type"] === "NewsArticle")!;
  expect(article.headline).toBe(TITLE);
  expect(article.description).toBe(SUMMARY);
  expect(article.dateModified).toBe("2024-03-11T11:00:00.000Z");

  // No script element holds the injected code, and nothing after the JSON-LD escaped into markup.
  const scripts = await page.locator("script").allTextContents();
  expect(scripts.filter((s) => /^\s*alert\(/.test(s))).toEqual([]);
  const raw = await (await page.request.get("/sample-war/2024-03-11")).text();
  expect(raw).not.toContain("<script>alert(");
});
