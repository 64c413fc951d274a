#!/usr/bin/env bash
# Runs every test: lint and format first (a violation fails fast), then vitest
# unit tests, then two production builds (the shipped content, and a
# two-conflict fixture through CONTENT_DIR) tested by Playwright in Chromium.
# Ends with one line: "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
rm -rf .test-results && mkdir -p .test-results
status=0

# Lint and format count as one check each in the summary; either failing stops the run here.
echo "Linting (ESLint, layering rules included) and checking the format (Prettier)…"
checks_failed=0
npm run -s lint || checks_failed=$((checks_failed + 1))
npm run -s format:check || checks_failed=$((checks_failed + 1))
if [ "$checks_failed" -gt 0 ]; then
  echo "Fix the problems above (npm run format rewrites the formatting), then run npm test again."
  echo "$((2 - checks_failed)) passed, ${checks_failed} failed"
  exit 1
fi
echo '{"lint":"passed","format":"passed"}' > .test-results/checks.json

npx vitest run --reporter=default --reporter=json --outputFile=.test-results/vitest.json || status=1

# Absolute URLs (canonical, sitemaps, feeds) point at the test servers so tests can follow them.
echo "Building the shipped site…"
if ! SITE_URL=http://127.0.0.1:3100 npm run -s build > .test-results/build.log 2>&1; then
  cat .test-results/build.log; status=1
fi
echo "Building the fixture site (three conflicts, through CONTENT_DIR)…"
node scripts/test/make-e2e-content.mjs .test-results/e2e-content
if ! CONTENT_DIR=.test-results/e2e-content NEXT_DIST_DIR=.next-e2e-multi SITE_URL=http://127.0.0.1:3101 npx next build > .test-results/build-multi.log 2>&1; then
  cat .test-results/build-multi.log; status=1
fi

npx playwright test || status=1

node scripts/test/summarize.mjs || status=1
exit $status
