import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { API_CONTENT_TYPES } from "../../lib/api/http";
import { fetchAndValidateAll, getApi } from "./api";

// The fixture site: two fixture conflicts (a draft, hostile text, a CSV-injection item, a
// non-default license) and the generated live-war.
const TITLE = '</script><script>alert(1)</script> "Quoted" & <b>bold</b>';

test("every endpoint answers on the fixture content, each answer matching its schema (ajv); downloads equal the day endpoint", async ({
  request,
}) => {
  const { list, conflicts } = await fetchAndValidateAll(request);
  expect(list.conflicts.map((c: { slug: string }) => c.slug)).toEqual(["israel-gaza", "live-war", "sample-war", "tracked-war"]);
  for (const conflict of conflicts) {
    expect(conflict.lines, conflict.slug).toEqual(conflict.days);
    const items = conflict.days.reduce(
      (n: number, d: { sections: { items: unknown[] }[] }) => n + d.sections.reduce((m, s) => m + s.items.length, 0),
      0,
    );
    expect(conflict.rows, conflict.slug).toHaveLength(items);
  }
  expect(conflicts.find((c) => c.slug === "live-war")!.days).toHaveLength(60);
});

test("drafts never appear: not as a day, not in the index, not in the downloads", async ({ request }) => {
  const draft = await getApi(request, "/api/v1/conflicts/sample-war/days/2024-03-12");
  expect([draft.status, draft.type]).toEqual([404, API_CONTENT_TYPES.problem]);
  const index = JSON.parse((await getApi(request, "/api/v1/conflicts/sample-war")).text);
  expect(index.days.map((d: { date: string }) => d.date)).toEqual(["2024-03-01", "2024-03-10", "2024-03-11"]);
  expect(index.dayCount).toBe(3);
  for (const url of ["/api/v1/conflicts/sample-war/days.ndjson", "/api/v1/conflicts/sample-war/items.csv", "/api/v1/conflicts"]) {
    const { text } = await getApi(request, url);
    expect(text, url).not.toContain("GOLF");
    expect(text, url).not.toContain("2024-03-12");
  }
});

test("CSV injection: the fixture item starting with =HYPERLINK( is neutralized, and no cell starts like a formula", async ({ request }) => {
  const { text, type } = await getApi(request, "/api/v1/conflicts/israel-gaza/items.csv");
  expect(type).toBe("text/csv; charset=utf-8");
  expect(text).toContain('"\'=HYPERLINK(""https://example.org/csv-injection"",""Click for details"")');
  const rows: string[][] = parse(text, { record_delimiter: "\r\n" });
  const cell = rows.map((row) => row[4]).find((t) => t?.includes("HYPERLINK"));
  expect(cell).toBe(
    '\'=HYPERLINK("https://example.org/csv-injection","Click for details") is how a spreadsheet formula would start: a CSV-injection fixture.',
  );
  for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
});

test("hostile text is data: escaped JSON that parses back exactly, never served or run as HTML", async ({ request, page }) => {
  const url = "/api/v1/conflicts/sample-war/days/2024-03-11";
  const { text, type } = await getApi(request, url);
  expect(type).toBe(API_CONTENT_TYPES.json);
  expect(text).not.toMatch(/[<>]/);
  const day = JSON.parse(text);
  expect(day.title).toBe(TITLE);
  expect(day.sources[0]).toEqual({ id: "agency", name: "Agency </script> & Co", url: "https://example.org/?a=1&b=2" });
  expect(day.sections[0].items[0].html).toBe(
    'An item that mentions &lt;/script&gt; in prose, <code>&lt;/script&gt;</code> in code, and a &amp; b.<sup><a href="#source-1" aria-label="Source 1: Agency &lt;/script&gt; &amp; Co">1</a></sup>',
  );
  expect(day.sections[0].items[0].citations).toEqual(["agency"]);
  expect(day.sections[0].items[0].text).toBe("An item that mentions </script> in prose, </script> in code, and a & b.");
  // Opened in the browser, it is a JSON document: nothing runs.
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // (The downloads are attachments: a browser saves them rather than showing them.)
  for (const address of [url, "/api/v1/conflicts/sample-war", "/api/v1/conflicts"]) {
    const response = await page.goto(address);
    expect(response?.headers()["content-type"]).not.toContain("html");
    expect(await page.locator("script, b").count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
});

test("a conflict's own license is stated in every response and on its pages", async ({ request, page }) => {
  const license = {
    id: "CC-BY-SA-4.0",
    name: "Creative Commons Attribution-ShareAlike 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  };
  const list = JSON.parse((await getApi(request, "/api/v1/conflicts")).text);
  expect(list.conflicts.map((c: { license: { id: string } }) => c.license.id)).toEqual([
    "CC-BY-4.0",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC-BY-4.0",
  ]);
  expect(JSON.parse((await getApi(request, "/api/v1/conflicts/sample-war/days/2024-03-10")).text).license).toEqual(license);
  await page.goto("/sample-war/2024-03-10");
  await expect(page.getByTestId("license")).toContainText("Published under the CC BY-SA 4.0 license");
  await page.goto("/data");
  await expect(page.getByTestId("licenses")).toContainText(
    "Sample war: Creative Commons Attribution-ShareAlike 4.0 International (CC-BY-SA-4.0)",
  );
});
