import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoAxeViolations } from "./a11y";

// The shipped sample week: Ukraine's air force counts of drones and missiles (1, 2, 5 and 7 January) and the
// prisoner exchange of 3 January, each from a source of that day with a URL.

test("7 January's Key figures: drones and missiles with the change since the previous report", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-07");
  const box = page.getByRole("region", { name: "Key figures" });
  await expect(box.getByTestId("key-figure").locator("dt")).toHaveText([
    "Drones launched at Ukraine",
    "Drones shot down",
    "Missiles launched at Ukraine",
  ]);
  await expect(page.locator("#figure-drones-launched")).toContainText("28 drones");
  await expect(page.locator("#figure-drones-launched").getByRole("link", { name: "−1 since 5 January" })).toHaveAttribute(
    "href",
    "/russia-ukraine/2024-01-05",
  );
  await expect(page.locator("#figure-drones-shot-down").getByRole("link", { name: "no change since 5 January" })).toBeVisible();
  await expect(page.locator("#figure-missiles-launched").getByRole("link", { name: "−96 since 2 January" })).toBeVisible();
  await expect(page.locator("#figure-missiles-launched").getByRole("link", { name: "Source 1: Al Jazeera" })).toHaveAttribute(
    "href",
    "#source-1",
  );
  // A day that reports no figure has no box.
  await page.goto("/russia-ukraine/2024-01-04");
  await expect(page.getByRole("region", { name: "Key figures" })).toHaveCount(0);
});

test("the figures page charts every declared figure; its CSV files hold every report", async ({ page, request }) => {
  await page.goto("/russia-ukraine/figures");
  await expect(page.locator("main h2")).toHaveText([
    "Drones launched at Ukraine",
    "Drones shot down",
    "Missiles launched at Ukraine",
    "People returned to Ukraine in a prisoner exchange",
    "Russian servicemen returned in a prisoner exchange",
  ]);
  await expect(page.locator("svg.figure-chart")).toHaveCount(5);
  await expect(page.locator("#drones-launched svg")).toHaveAccessibleDescription(
    "Latest: 28 drones as of 7 January 2024. Range: from 28 to 90 drones, over 4 reports.",
  );
  await expectNoAxeViolations(page);
  const rows: Record<string, string>[] = parse(await (await request.get("/russia-ukraine/figures/drones-launched.csv")).text(), {
    columns: true,
  });
  expect(rows.map((r) => [r.date, r.value])).toEqual([
    ["2024-01-01", "90"],
    ["2024-01-02", "35"],
    ["2024-01-05", "29"],
    ["2024-01-07", "28"],
  ]);
  for (const row of rows) expect(row.source_url).toMatch(/^https:\/\//);
});
