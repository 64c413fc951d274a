import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { getShippedContent } from "./shipped-content";

// A check of the build itself, not of the server: Next.js has shipped releases whose prerender
// silently produced incomplete pages while the build reported success.
const { conflict, briefings } = getShippedContent();
const APP_DIR = path.resolve(".next/server/app");

function decode(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

test("every prerendered day page holds its day number and every item of its file", () => {
  const files = fs.readdirSync(path.join(APP_DIR, conflict.slug)).filter((n) => /^\d{4}-\d{2}-\d{2}\.html$/.test(n));
  expect(files.length).toBeGreaterThan(0);
  let items = 0;
  for (const file of files) {
    const briefing = briefings.find((b) => `${b.date}.html` === file);
    expect(briefing, `${file} has no content file`).toBeDefined();
    const text = decode(fs.readFileSync(path.join(APP_DIR, conflict.slug, file), "utf8"));
    expect(text, file).toContain(`Day ${briefing!.day}`);
    expect(text, file).toContain(briefing!.summary);
    for (const item of briefing!.sections.flatMap((s) => s.items)) {
      expect(text, `${file}: ${item.text.slice(0, 40)}`).toContain(item.text);
      items++;
    }
  }
  console.log(`prerender check: ${files.length} pages, ${items} items`);
});
