import { expect, test, type Page } from "@playwright/test";
import { expectHeadingsInOrder, expectNoAxeViolations } from "./a11y";
import { getShippedContent } from "./shipped-content";

/** The rectangles of every visible label of the maps on the page, as the browser lays them out. */
async function getLabelBoxes(page: Page) {
  return page.locator("svg.daybook-map text.map-label").evaluateAll((texts) =>
    texts.map((text) => {
      const { left, top, right, bottom } = text.getBoundingClientRect();
      return { map: text.closest("svg")?.getAttribute("data-map"), text: text.textContent, left, top, right, bottom };
    }),
  );
}

test("a day's Where panel: its places on the map, each marker and each list entry a link to the place's page", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-06");
  const where = page.locator("#where");
  await expect(where.getByRole("heading", { name: "Where", level: 2 })).toBeVisible();
  const map = where.locator('svg[data-map="conflict"]');
  await expect(map).toHaveAttribute("data-base", "own");
  await expect(map).toHaveAttribute("role", "group");
  await expect(map.locator("title")).toHaveText("Map of the places named on Saturday, 6 January 2024");
  // Five of the day's six places are on the conflict's map; Moscow is beyond it, on the wider map below.
  const markers = map.locator("a[data-place]");
  await expect(markers).toHaveCount(5);
  for (const slug of ["pokrovsk", "donetsk-region", "crimea", "saky", "kharkiv"]) {
    await expect(map.locator(`a[data-place="${slug}"]`)).toHaveAttribute("href", `/russia-ukraine/places/${slug}`);
  }
  const beyond = where.locator('svg[data-map="wider"]');
  await expect(beyond.getByRole("link", { name: "Moscow" })).toHaveAttribute("href", "/russia-ukraine/places/moscow");
  const list = where.getByRole("list", { name: "Places of this day" });
  await expect(list.getByRole("link")).toHaveText(["Pokrovsk", "Donetsk region", "Crimea", "Saky", "Moscow", "Kharkiv"]);
  await expect(list.getByRole("listitem").filter({ hasText: "Moscow" })).toContainText("on the map below");

  await map.getByRole("link", { name: "Pokrovsk" }).click();
  await expect(page).toHaveURL(/\/russia-ukraine\/places\/pokrovsk$/);
});

test("no two labels overlap on any shipped day, as the browser draws them", async ({ page }) => {
  const { briefings } = getShippedContent();
  let labels = 0;
  for (const briefing of briefings) {
    await page.goto(`/russia-ukraine/${briefing.date}`);
    const boxes = await getLabelBoxes(page);
    labels += boxes.length;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.map === b.map && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${briefing.date}: "${a.text}" and "${b.text}"`).toBe(false);
      }
    }
  }
  expect(labels).toBeGreaterThanOrEqual(briefings.length);
});

test("a place's page: a locator map with the place marked, and its coordinates", async ({ page }) => {
  await page.goto("/russia-ukraine/places/pokrovsk");
  const map = page.getByRole("img", { name: "Where Pokrovsk is" });
  await expect(map).toBeVisible();
  await expect(map.locator("desc")).toHaveText("Pokrovsk (town) is marked at 48.2833° N, 37.1833° E, on a map of the conflict's area.");
  await expect(map.locator('[data-place="pokrovsk"] circle')).toHaveCount(1);
  await expect(page.getByTestId("coordinates")).toHaveText("48.2833° N, 37.1833° E");
  // A place beyond the conflict's map is located on a wider one; a country far away on the world map.
  await page.goto("/russia-ukraine/places/moscow");
  await expect(page.locator('svg[data-map="wider"]')).toBeVisible();
  await page.goto("/russia-ukraine/places/united-states");
  await expect(page.locator('svg[data-map="world"]')).toBeVisible();
  await expect(page.getByTestId("coordinates")).toHaveText("39.76° N, 98.5° W");
});

test("the conflict map: linked from the conflict's navigation, every place a named link sized by its days", async ({ page }) => {
  const { briefings } = getShippedContent();
  const named = new Map<string, number>();
  for (const b of briefings) for (const place of b.places) named.set(place, (named.get(place) ?? 0) + 1);

  await page.goto("/russia-ukraine");
  await page.getByRole("navigation", { name: "Browse this conflict" }).getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/russia-ukraine\/map$/);
  await expect(page.getByRole("navigation", { name: "Browse this conflict" }).getByRole("link", { name: "Map" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.locator("h2#map-heading")).toHaveText(`${named.size} places named in ${briefings.length} briefings, the whole war`);
  for (const [place, days] of named) {
    await expect(
      page.locator("svg.daybook-map").getByRole("link", { name: `${place}, ${days} day${days === 1 ? "" : "s"}`, exact: true }),
    ).toHaveCount(1);
  }
  const kyiv = page.locator('svg[data-map="conflict"] a[data-place="kyiv"] circle.map-count');
  const odesa = page.locator('svg[data-map="conflict"] a[data-place="odesa"] circle.map-count');
  const [rKyiv, rOdesa] = [Number(await kyiv.getAttribute("r")), Number(await odesa.getAttribute("r"))];
  expect((rKyiv / rOdesa) ** 2).toBeCloseTo(named.get("Kyiv")! / named.get("Odesa")!, 1);
  await expectHeadingsInOrder(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the month range form limits the map, rendered by the server", async ({ page }) => {
    await page.goto("/russia-ukraine/map");
    const form = page.getByRole("form", { name: "Months to show" });
    await form.getByLabel("From", { exact: true }).selectOption("2023-12");
    await form.getByLabel("To", { exact: true }).selectOption("2023-12");
    await form.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/russia-ukraine\/map\?from=2023-12&to=2023-12$/);
    await expect(page.locator("h2#map-heading")).toHaveText("0 places named in 0 briefings, December 2023");
    await expect(page.locator("svg.daybook-map")).toHaveCount(0);

    await form.getByLabel("From", { exact: true }).selectOption("2023-11");
    await form.getByLabel("To", { exact: true }).selectOption("2024-01");
    await form.getByRole("button", { name: "Show" }).click();
    await expect(page.locator("h2#map-heading")).toHaveText(/^21 places named in 7 briefings, November 2023 to January 2024$/);
    await expect(page.getByRole("link", { name: "Pokrovsk, 1 day" })).toBeVisible();
    await page.getByRole("link", { name: "The whole war" }).click();
    await expect(page).toHaveURL(/\/russia-ukraine\/map$/);
  });
});

test("a range that is not months of the war is ignored with a message, never an error; hostile text stays text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const from of ["2024-13", "2021-01", "<script>alert(1)</script>", '"><img src=x onerror=alert(2)>']) {
    const response = await page.goto(`/russia-ukraine/map?from=${encodeURIComponent(from)}&to=2024-01`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main").getByRole("alert")).toContainText(`“${from}” is not a month of the war`);
  }
  await expect(page.locator("main img, main script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect((await page.request.get("/nowhere/map")).status()).toBe(404);
});

test("a month of the archive shows its month's map", async ({ page }) => {
  await page.goto("/russia-ukraine/archive/2024/01");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Places in January 2024" }) });
  await expect(section.locator('svg[data-map="conflict"]')).toBeVisible();
  await expect(section.getByRole("link", { name: "Kharkiv, 2 days" })).toBeVisible();
  await section.getByRole("link", { name: "This month on the conflict map" }).click();
  await expect(page).toHaveURL(/\/russia-ukraine\/map\?from=2024-01&to=2024-01$/);
});

test("maps print in black and white", async ({ page }) => {
  await page.goto("/russia-ukraine/2024-01-06");
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const map = page.locator('#where svg[data-map="conflict"]');
  await expect(map).toBeVisible();
  const colours = await map.evaluate((svg) => {
    const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
    return {
      land: style(".map-land").fill,
      water: style(".map-water").fill,
      border: style(".map-borders").stroke,
      marker: style(".map-point").fill,
      label: style(".map-label").fill,
    };
  });
  expect(colours).toEqual({
    land: "rgb(255, 255, 255)",
    water: "rgb(255, 255, 255)",
    border: "rgb(0, 0, 0)",
    marker: "rgb(0, 0, 0)",
    label: "rgb(0, 0, 0)",
  });
});

test("map pages: axe in light and dark mode", async ({ page }) => {
  for (const path of [
    "/russia-ukraine/map",
    "/russia-ukraine/map?from=2024-01&to=2024-01",
    "/russia-ukraine/places/moscow",
    "/russia-ukraine/2024-01-04",
  ]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
