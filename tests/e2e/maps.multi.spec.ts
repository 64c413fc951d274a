import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

// tests/fixtures/content-multi: israel-gaza has a gazetteer but no _map.topo.json (drawn on the world's
// countries); sample-war has neither, so none of its places has coordinates.

test("a conflict without a base map is drawn on the world atlas, framed on its places", async ({ page }) => {
  await page.goto("/israel-gaza/2024-10-07");
  const map = page.locator('#where svg[data-map="conflict"]');
  await expect(map).toHaveAttribute("data-base", "world-atlas");
  await expect(map.getByRole("link", { name: "Israel" })).toHaveAttribute("href", "/israel-gaza/places/israel");
  // Israel, Gaza and their neighbours' land and borders, from the world atlas.
  await expect(map.locator("path.map-land")).toHaveAttribute("d", /^M\d+,\d+l/);
  await expect(map.locator("path.map-borders")).toHaveAttribute("d", /^M\d+,\d+l/);
  await expectNoAxeViolations(page);

  await page.goto("/israel-gaza/map");
  const conflictMap = page.locator('svg[data-map="conflict"]');
  await expect(conflictMap).toHaveAttribute("data-base", "world-atlas");
  await expect(conflictMap.getByRole("link", { name: "Israel, 1 day", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/israel-gaza/places/israel");
  await expect(page.getByRole("img", { name: "Where Israel is" })).toHaveAttribute("data-base", "world-atlas");
  await expect(page.getByTestId("coordinates")).toHaveText("31.5° N, 34.75° E");
});

test("a day whose places have no coordinates, or that names none, shows no Where panel", async ({ page }) => {
  await page.goto("/israel-gaza/2023-10-07");
  await expect(page.locator("#where")).toHaveCount(0);
  await page.goto("/sample-war/2024-03-01");
  await expect(page.locator("main")).toContainText("Zaporizhzhia");
  await expect(page.locator("#where")).toHaveCount(0);
});

test("a conflict without a gazetteer: its map page lists its places as text, with no map", async ({ page }) => {
  await page.goto("/sample-war/map");
  await expect(page.locator("main")).toContainText("No place named here has coordinates yet.");
  await expect(page.locator("main")).toContainText("Not on the map (no coordinates yet):");
  await expect(page.getByRole("link", { name: "Zaporizhzhia" })).toHaveAttribute("href", "/sample-war/places/zaporizhzhia");
  await expect(page.locator("svg.daybook-map")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
