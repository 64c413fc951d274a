// Sums the lint and format checks and vitest's and Playwright's JSON reports into one closing line: "N passed, N failed".
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const checks = read(".test-results/checks.json");
const vitest = read(".test-results/vitest.json");
const playwright = read(".test-results/playwright.json");
let passed = 0;
let failed = 0;
// npm run lint and npm run format:check, each one check (run-all.sh stops before this when either fails).
if (checks) passed += Object.keys(checks).length;
else failed += 1;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else failed += 1; // the unit run produced no report: count it as a failure
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
