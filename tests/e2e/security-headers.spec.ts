import { expect, test } from "@playwright/test";
import { PAGE_CACHE_CONTROL } from "../../lib/cache-control.mjs";
import { formatEtag } from "../../lib/publish/etag";

const URLS = [
  "/",
  "/russia-ukraine",
  "/russia-ukraine/2024-01-07",
  "/russia-ukraine/archive/2024/01",
  "/search?q=kyiv",
  "/feed.xml",
  "/feed.json",
  "/sitemap.xml",
  "/robots.txt",
  "/russia-ukraine/2024-01-07/opengraph-image",
  "/russia-ukraine/day/683",
  "/russia-ukraine/latest",
  "/no-such-page",
  "/%ZZ",
  `/${"a".repeat(300)}`,
  "/russia-ukraine/day/1",
];

for (const url of URLS) {
  test(`security headers on ${url.slice(0, 40)}`, async ({ request }) => {
    const response = await request.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])
      expect(csp).toContain(directive);
    // No third-party origin anywhere in the policy.
    expect(csp).not.toMatch(/https?:|\*|\bws:/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("the Content-Security-Policy does not break the site: no violations while browsing", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const url of ["/", "/russia-ukraine/2024-01-07", "/search?q=kyiv"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  await page.goto("/russia-ukraine/2024-01-07");
  await page.getByRole("switch", { name: "Dark theme" }).click(); // client code still runs
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/2024-01-06$/);
  expect(violations).toEqual([]);
});

test("pages send Cache-Control and the ETag of the bytes sent; a conditional request gets 304, HEAD the same headers", async ({
  request,
}) => {
  for (const url of ["/", "/russia-ukraine", "/russia-ukraine/2024-01-07", "/russia-ukraine/archive/2024/01", "/russia-ukraine/places"]) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers["cache-control"], url).toMatch(/s-maxage=\d+/);
    // The app server's ETag (scripts/app-server.mjs): the SHA-1 of the page as sent, without the client runtime.
    expect(headers["etag"], url).toBe(formatEtag(await response.text()));
    const again = await request.get(url, { headers: { "if-none-match": `"other", ${headers["etag"]!}` } });
    expect(again.status(), url).toBe(304);
    expect(again.headers()["etag"], url).toBe(headers["etag"]);
    expect((await request.get(url, { headers: { "if-none-match": '"other"' } })).status(), url).toBe(200);
    const head = await request.head(url, { headers: { "accept-encoding": "identity" } });
    expect([head.status(), head.headers()["etag"], await head.text()], url).toEqual([200, headers["etag"], ""]);
    expect(Number(head.headers()["content-length"]), url).toBe(Buffer.byteLength(await response.text()));
  }
});

test("kept pages send the 15 s CDN policy; per-request pages, feeds, redirects and build files keep their own", async ({ request }) => {
  const get = async (url: string) => (await request.get(url, { maxRedirects: 0 })).headers()["cache-control"];
  const kept = [
    "/",
    "/data",
    "/russia-ukraine",
    "/russia-ukraine/2024-01-07",
    "/russia-ukraine/2024-01-07/history",
    "/russia-ukraine/archive",
    "/russia-ukraine/archive/2024/01",
    "/russia-ukraine/places",
    "/russia-ukraine/places/kyiv",
    "/russia-ukraine/topics",
    "/russia-ukraine/figures",
    "/russia-ukraine/figures/drones-launched/2024",
    "/russia-ukraine/2099-01-01", // a 404 that may become a page: kept 15 s too
  ];
  for (const url of kept) expect(await get(url), url).toBe(PAGE_CACHE_CONTROL);
  // Rendered per request: never kept by a shared cache.
  for (const url of ["/search?q=kyiv", "/russia-ukraine/map"]) expect(await get(url), url).toMatch(/no-store/);
  // Route handlers' own headers are not replaced by the pages' policy.
  expect(await get("/russia-ukraine/latest")).toBe("no-store");
  expect(await get("/russia-ukraine/day/683")).toBe("public, max-age=3600");
  expect(await get("/sitemap.xml")).toBe("public, max-age=0, must-revalidate");
  expect(await get("/opengraph-image")).toBe("public, max-age=0, must-revalidate");
  expect(await get("/russia-ukraine/2024-01-07/opengraph-image")).toBe("public, max-age=0, must-revalidate");
  const html = await (await request.get("/russia-ukraine/2024-01-07")).text();
  const chunk = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
  expect(await get(chunk!)).toBe("public, max-age=31536000, immutable");
});

test("a page is not regenerated on a timer: after 16 s it is still a cache hit, not stale", async ({ request }) => {
  // With time-based regeneration (revalidate = 15), the answer after 16 s would be STALE and the
  // request would set off a render; pages are rendered again only when the content changes.
  test.setTimeout(60_000);
  const url = "/russia-ukraine/archive/2024/01";
  const first = (await request.get(url)).headers();
  await new Promise((resolve) => setTimeout(resolve, 16_000));
  const later = (await request.get(url)).headers();
  expect([first["x-nextjs-cache"], later["x-nextjs-cache"]]).toEqual(["HIT", "HIT"]);
  expect(later.etag).toBe(first.etag);
});

test("feeds send Cache-Control and an ETag that changes with their content", async ({ request }) => {
  const etags = new Set<string>();
  for (const url of ["/feed.xml", "/atom.xml", "/feed.json", "/russia-ukraine/feed.xml", "/news-sitemap.xml"]) {
    const headers = (await request.get(url)).headers();
    expect(headers["cache-control"], url).toMatch(/s-maxage=\d+/);
    if (url !== "/news-sitemap.xml") {
      expect(headers["etag"], url).toMatch(/^"[\w-]{27}"$/);
      etags.add(headers["etag"]!);
    }
  }
  expect(etags.size).toBe(4);
});
