// Lighthouse (mobile) of a running server: each page `runs` times (median performance run
// reported), with LCP, TBT and the machine's benchmarkIndex (Lighthouse's own CPU figure).
// Usage: node scripts/lighthouse.mjs [origin] [--runs N] [--json] [page…]
//   (default origin http://127.0.0.1:3000, 3 runs, the home, conflict and a day page)
// Prints a Markdown table, or with --json one JSON object a line; the bench uses --json.
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const args = process.argv.slice(2);
const take = (flag) => {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const runs = Number(take("--runs") ?? 3);
const json = args.includes("--json") ? Boolean(args.splice(args.indexOf("--json"), 1)) : false;
const [origin = "http://127.0.0.1:3000", ...rest] = args;
const pages = rest.length ? rest : ["/", "/russia-ukraine", "/russia-ukraine/2024-01-07"];
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

// A category Lighthouse could not score is null, never 0: a failed measurement is not a bad page.
const score = (category) => (typeof category?.score === "number" ? Math.round(category.score * 100) : null);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One run of one page: its scores, LCP and TBT in ms, benchmarkIndex, and the audits it failed. */
async function measure(page) {
  const { lhr } = await lighthouse(`${origin}${page}`, { port: chrome.port, output: "json", logLevel: "error" });
  const c = lhr.categories;
  // A run that failed (no paint seen, a page error) says why instead of scoring 0; it is run again.
  if (lhr.runtimeError || score(c.performance) === null) return { error: lhr.runtimeError?.code ?? "no performance score" };
  return {
    performance: score(c.performance),
    accessibility: score(c.accessibility),
    bestPractices: score(c["best-practices"]),
    seo: score(c.seo),
    lcp: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbt: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
    fcp: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? 0),
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id),
  };
}

const rows = [];
try {
  for (const page of pages) {
    await fetch(`${origin}${page}`).then((r) => r.text()); // rendered once, as a visited page is
    const all = [];
    const failures = [];
    for (let attempt = 0; all.length < runs && attempt < runs * 2; attempt++) {
      const result = await measure(page);
      if (result.error) failures.push(result.error);
      else all.push(result);
    }
    if (all.length === 0) throw new Error(`${page}: every Lighthouse run failed (${failures.join(", ")})`);
    // The run whose performance score is the median, reported whole (its LCP and TBT with it).
    const mid = [...all].sort((a, b) => a.performance - b.performance)[Math.floor(all.length / 2)];
    const row = {
      page,
      runs: all.length,
      ...mid,
      performanceRuns: all.map((r) => r.performance),
      failedRuns: failures,
      benchmarkIndex: median(all.map((r) => r.benchmarkIndex)),
    };
    rows.push(row);
    if (json) console.log(JSON.stringify(row));
    if (mid.failing.length) console.error(`${page}: ${mid.failing.join(", ")}`);
  }
} finally {
  await chrome.kill();
}
if (!json) {
  console.log("| page | performance (median of runs) | LCP ms | TBT ms | accessibility | best practices | SEO | benchmarkIndex |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows)
    console.log(
      `| \`${r.page}\` | ${r.performance} (${r.performanceRuns.join(", ")}) | ${r.lcp} | ${r.tbt} | ${r.accessibility ?? "n/a"} | ${r.bestPractices ?? "n/a"} | ${r.seo ?? "n/a"} | ${r.benchmarkIndex} |`,
    );
}
