import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/** What a page costs a reader: its HTML, and the JS and CSS the browser actually loads for it (gzip). */
export async function measurePageWeights(origin: string, paths: string[]): Promise<Map<string, PageWeight>> {
  const executablePath = [process.env.CHROME_PATH, "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const weights = new Map<string, PageWeight>();
  try {
    for (const pathname of paths) {
      const page = await browser.newPage();
      const bodies: Promise<{ type: string; bytes: number }>[] = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        if (type === "script" || type === "stylesheet")
          bodies.push(
            response.body().then(
              (b) => ({ type, bytes: gzipSize(b) }),
              () => ({ type, bytes: 0 }),
            ),
          );
      });
      const response = await page.goto(`${origin}${pathname}`, { waitUntil: "networkidle" });
      const html = await response!.body();
      const loaded = await Promise.all(bodies);
      weights.set(pathname, {
        htmlBytes: html.length,
        htmlGzip: gzipSize(html),
        jsGzip: loaded.filter((b) => b.type === "script").reduce((sum, b) => sum + b.bytes, 0),
        cssGzip: loaded.filter((b) => b.type === "stylesheet").reduce((sum, b) => sum + b.bytes, 0),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}
