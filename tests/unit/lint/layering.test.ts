import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layering rules of eslint.config.mjs can fail: each file of tests/fixtures/lint/ is
 * linted with the project's real config as if it sat at the same path without the
 * "tests/fixtures/lint/" prefix (tests/fixtures/lint/components/x.tsx → components/x.tsx).
 * The real `npm run lint` ignores tests/fixtures/, so the bad fixtures keep it green.
 * Imports are resolved on disk from the pretend path, so the fixtures point at files that
 * exist (see TARGETS).
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/lint");

/** Files the fixtures import; if one moves, update the fixtures. */
const TARGETS = ["lib/content/index.ts", "lib/content/store.ts", "components/site-header.tsx", "app/page.tsx"];

const INTERNALS = /through its index \(`@\/lib\/content`\)/;
const QUERIES = /Components must not query content/;
const LIB_LAYER = /lib\/ must not import from/;
const READS_FILES = /Only lib\/content reads files/;
const ENV = /only it may use process\.env/;

type Expected = { ruleId: string; message: RegExp };

/** Fixture (relative to tests/fixtures/lint/) → the one error it must produce. */
const BAD: Record<string, Expected> = {
  // lib/content is closed: only its index may be imported (alias or relative path).
  "components/imports-content-internals.tsx": { ruleId: "boundaries/dependencies", message: INTERNALS },
  "app/imports-content-internals.tsx": { ruleId: "boundaries/dependencies", message: INTERNALS },
  "lib/search/imports-content-internals.ts": { ruleId: "boundaries/dependencies", message: INTERNALS },
  // Components may import content types only.
  "components/bad-component.tsx": { ruleId: "boundaries/dependencies", message: QUERIES },
  "components/queries-content.tsx": { ruleId: "boundaries/dependencies", message: QUERIES },
  // lib/ never imports app/ or components/.
  "lib/imports-component.ts": { ruleId: "boundaries/dependencies", message: LIB_LAYER },
  "lib/publish/imports-route.ts": { ruleId: "boundaries/dependencies", message: LIB_LAYER },
  // Only lib/content reads files.
  "app/reads-files.tsx": { ruleId: "boundaries/dependencies", message: READS_FILES },
  "lib/search/reads-files.ts": { ruleId: "boundaries/dependencies", message: READS_FILES },
  // Only lib/config.ts reads process.env.
  "components/reads-env.tsx": { ruleId: "no-restricted-syntax", message: ENV },
  "lib/security-headers.mjs": { ruleId: "no-restricted-syntax", message: ENV },
};

/** Fixtures that must lint clean. */
const GOOD = [
  "components/type-only-import.tsx",
  "app/route-imports-content.tsx",
  "app/[conflict]/_tags/tag-helper.tsx",
  "lib/config.ts",
  "tests/unit/imports-content-internals.test.ts",
];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    // The .ts/.tsx fixtures start with `// @ts-nocheck` so that `tsc` (which includes every
    // .ts file) never fails on them; that comment is not what these tests are about.
    overrideConfig: { rules: { "@typescript-eslint/ban-ts-comment": "off" } },
  });
});

async function lintFixture(fixture: string) {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), "utf8");
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, fixture) });
  return result!.messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity }));
}

describe("lint fixtures", () => {
  it("import files that exist (imports are resolved from the pretend path)", () => {
    for (const target of TARGETS) expect(fs.existsSync(path.join(ROOT, target)), target).toBe(true);
  });

  it("cover every fixture file", () => {
    const files = fs.readdirSync(FIXTURES, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const listed = files.map((entry) => path.relative(FIXTURES, path.join(entry.parentPath, entry.name))).sort();
    expect(listed).toEqual([...Object.keys(BAD), ...GOOD].sort());
  });

  it("are ignored by the real lint run", async () => {
    expect(await new ESLint({ cwd: ROOT }).isPathIgnored(path.join(FIXTURES, "components/bad-component.tsx"))).toBe(true);
  });
});

describe("layering rules", () => {
  it.each(Object.entries(BAD))("%s breaks a rule", async (fixture, expected) => {
    const messages = await lintFixture(fixture);
    expect(messages).toEqual([{ ruleId: expected.ruleId, message: expect.stringMatching(expected.message), severity: 2 }]);
  });

  it.each(GOOD)("%s passes", async (fixture) => {
    expect(await lintFixture(fixture)).toEqual([]);
  });
});

describe("the linter's TypeScript", () => {
  it("is TypeScript 6 for typescript-eslint, while tsc stays TypeScript 7", async () => {
    await lintFixture("lib/config.ts"); // loads eslint.config.mjs, which sets up the redirect
    const requireFromParser = createRequire(path.join(ROOT, "node_modules/@typescript-eslint/typescript-estree/package.json"));
    expect((requireFromParser("typescript") as { version: string }).version).toMatch(/^6\./);

    const requireFromRoot = createRequire(path.join(ROOT, "package.json"));
    const typescript = requireFromRoot("typescript/package.json") as { version: string };
    expect(typescript.version).toMatch(/^7\./);
    // npm links one `tsc` into node_modules/.bin: it must be TypeScript 7's, not the alias's.
    expect(fs.realpathSync(path.join(ROOT, "node_modules/.bin/tsc"))).toBe(
      fs.realpathSync(path.join(ROOT, "node_modules/typescript/bin/tsc")),
    );
  });
});
