import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The content of a `<meta>` tag by name or property, or null. */
export async function getMeta(page: Page, key: string): Promise<string | null> {
  const tag = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
  return (await tag.count()) > 0 ? tag.first().getAttribute("content") : null;
}

/** Every JSON-LD object on the page, parsed (arrays flattened). */
export async function getJsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.flatMap((text) => {
    const data: unknown = JSON.parse(text);
    return (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
  });
}

/** ISO 8601 date-time with a time zone (Z or ±hh:mm). */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads a PNG's width and height from its IHDR chunk, after checking the signature. */
export function readPngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Expects an absolute URL of the test server to answer 200. */
export async function expectResolves(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
}
