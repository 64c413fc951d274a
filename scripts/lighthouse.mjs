// Lighthouse (mobile) scores of the home, conflict and day pages of a running server.
// Usage: node scripts/lighthouse.mjs [origin]   (default http://127.0.0.1:3000)
// Prints a Markdown table; used by the benchmark and to record scores in the README.
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const origin = process.argv[2] || "http://127.0.0.1:3000";
const pages = process.argv[3] ? process.argv.slice(3) : ["/", "/russia-ukraine", "/russia-ukraine/2024-01-07"];
const chromePath = [process.env.CHROME_PATH, "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const rows = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: "json", logLevel: "error" });
    const c = result.lhr.categories;
    const score = (category) => Math.round((category?.score ?? 0) * 100);
    rows.push({
      page,
      performance: score(c.performance),
      accessibility: score(c.accessibility),
      bestPractices: score(c["best-practices"]),
      seo: score(c.seo),
    });
    const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
    if (failing.length) console.error(`${page}: ${failing.map((a) => a.id).join(", ")}`);
  }
} finally {
  await chrome.kill();
}
console.log("| page | performance | accessibility | best practices | SEO |");
console.log("| --- | --- | --- | --- | --- |");
for (const r of rows) console.log(`| \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`);
