// ESLint flat config: typescript-eslint's recommended rules, Next.js's core-web-vitals
// rules (React, React Hooks, jsx-a11y, @next/next), and the project's layering rules.
// `npm run lint` runs it with --max-warnings=0; tests/unit/lint/layering.test.ts proves
// that the layering rules fail on bad imports.
import path from "node:path";
import { createRequire, Module } from "node:module";
import { version as reactVersion } from "react";

// ---------------------------------------------------------------------------------------
// TypeScript 7 and the linter
//
// `typescript` is 7.0.2, the native (Go) port: its npm package ships the `tsc` binary but
// no JavaScript compiler API (require("typescript") only gives { version }). Every
// typescript-eslint package (parser, plugin, typescript-estree, ts-api-utils) calls that
// API even to parse a file without type information, and refuses TS >= 7 outright
// ("typescript-eslint does not support TS 7.0"). typescript-eslint's experimental tsgo
// backend needs TS 7.1, and its parser still loads the TS 6 API first.
//
// So the linter gets its own TypeScript: package.json has the alias
// `"typescript-6": "npm:typescript@6.0.3"` (the last JS-API release, inside
// typescript-eslint's supported range ">=4.8.4 <6.1.0"; 6.0 parses the same language as
// 7.0), and below, before typescript-eslint is loaded, require("typescript") made from a
// package in node_modules is answered with that copy. Only this ESLint process sees it:
// `tsc` (`npm run typecheck`) and `next build`'s type check keep using typescript 7.0.2,
// and node_modules/.bin/tsc stays TypeScript 7 (the alias sorts after "typescript", so
// npm links typescript's `tsc` first; tests/unit/lint/layering.test.ts checks both).
// package.json's `overrides`: "typescript-eslint": {"typescript": "$typescript"} tells npm
// that typescript-eslint's peer dependency is met by the root typescript (the install
// would otherwise fail with ERESOLVE), and "eslint-config-next": {"eslint": "$eslint"} does
// the same for the React, import and jsx-a11y plugins it brings, whose peer ranges stop
// at ESLint 9 although eslint-config-next 16.4 runs them on ESLint 10 (see below).
//
// Rejected alternatives: aliasing `typescript` itself to @typescript/typescript6 (the
// layout the TypeScript 7 release notes suggest) would make Next.js type-check builds
// with TS 6, and its hoisted dependency @typescript/old (npm:typescript@^6) takes over
// node_modules/.bin/tsc; `--legacy-peer-deps` would hide the conflict and still crash.
// Type-aware linting is not used (not needed for these rules, and slow on 2 cores).
// Remove this block once typescript-eslint supports TypeScript 7's API.
// ---------------------------------------------------------------------------------------
const REDIRECTED = Symbol.for("daybook.eslint.typescript6");
if (!Module[REDIRECTED]) {
  const require = createRequire(import.meta.url);
  const typescript6 = path.dirname(require.resolve("typescript-6/package.json"));
  const nodeModules = `${path.sep}node_modules${path.sep}`;
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if ((request === "typescript" || request.startsWith("typescript/")) && parent?.filename?.includes(nodeModules)) {
      request = typescript6 + request.slice("typescript".length);
    }
    return resolveFilename.call(this, request, parent, ...rest);
  };
  Module[REDIRECTED] = true;
}

// Loaded only now, so that their require("typescript") goes through the redirect above.
const { default: tseslint } = await import("typescript-eslint");
const { default: nextCoreWebVitals } = await import("eslint-config-next/core-web-vitals");
const { default: boundaries } = await import("eslint-plugin-boundaries");

/** The folders whose code runs in the site (the layering rules apply to them). */
const SITE_CODE = ["app/**", "components/**", "lib/**"];

export default [
  {
    name: "daybook/ignores",
    ignores: [
      "node_modules/**",
      ".next*/**",
      ".test-results/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "next-env.d.ts",
      "public/**",
      "deploy/**",
      // Deliberately bad code, linted by tests/unit/lint/layering.test.ts under pretend paths.
      "tests/fixtures/**",
      // Only .ts, .tsx, .mjs and .js are linted; the shared configs below would also pick
      // up these (the project has only the declaration file lib/security-headers.d.mts).
      "**/*.{mts,cts,cjs,jsx}",
    ],
  },

  // Next.js: eslint-config-next 16 exports flat configs; core-web-vitals = the "next" base
  // (react, react-hooks incl. the React Compiler rules of react-hooks 7, jsx-a11y, import,
  // @next/next) with @next/next's core-web-vitals rules as errors. It patches React's and
  // import's plugins for ESLint 10 (context.getFilename() is gone).
  ...nextCoreWebVitals,
  // typescript-eslint's recommended rules (not type-aware: see the TypeScript 7 note).
  ...tseslint.configs.recommended,
  {
    name: "daybook/settings",
    settings: {
      // eslint-plugin-react 7.37 detects the version with context.getFilename(), which
      // ESLint 10 removed ("contextOrFilename.getFilename is not a function"); naming it
      // from the installed react skips the detection.
      react: { version: reactVersion },
    },
  },
  {
    name: "daybook/unused-vars",
    rules: {
      // An unused binding starting with _ is deliberate (e.g. a rest sibling left out).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },

  {
    name: "daybook/e2e-documents",
    // The e2e tests read parsed XML (feeds, sitemaps) and JSON-LD: untyped documents whose
    // shape the assertions themselves check, so `any` is the honest type there.
    files: ["tests/e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },

  {
    name: "daybook/config-files",
    // Tool config files (postcss.config.mjs, this one...) export an anonymous object by
    // convention; the rule is about React modules (Fast Refresh, component names).
    files: ["*.config.{ts,mjs,js}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },

  // -------------------------------------------------------------------------------------
  // Layering (eslint-plugin-boundaries). Imports are resolved through tsconfig's paths by
  // eslint-import-resolver-typescript (set up by eslint-config-next), so `@/lib/content/x`
  // and `../lib/content/x` are the same dependency.
  // -------------------------------------------------------------------------------------
  {
    name: "daybook/layering",
    files: ["**/*.{ts,tsx,mjs,js}"],
    plugins: { boundaries },
    settings: {
      // The first descriptor that matches a file gives its element type, so the lib/
      // sub-folders come before "lib-shared" (the helpers directly in lib/).
      "boundaries/elements": [
        { type: "lib-content", pattern: "lib/content", partialMatch: false },
        { type: "lib-search", pattern: "lib/search", partialMatch: false },
        { type: "lib-publish", pattern: "lib/publish", partialMatch: false },
        { type: "lib-api", pattern: "lib/api", partialMatch: false },
        { type: "lib-maps", pattern: "lib/maps", partialMatch: false },
        { type: "lib-shared", pattern: "lib", partialMatch: false },
        { type: "components", pattern: "components", partialMatch: false },
        { type: "app", pattern: "app", partialMatch: false },
        { type: "tests", pattern: "tests", partialMatch: false },
        { type: "scripts", pattern: "scripts", partialMatch: false },
      ],
      // Files at the root (next.config.mjs, proxy.ts, playwright.config.ts...) belong to no
      // element; giving them a file category makes the rule check their imports too.
      "boundaries/files": [{ category: "root", pattern: "*.{ts,tsx,mjs,js}" }],
    },
    rules: {
      // One rule, its policies read top to bottom: the last policy that matches an import
      // decides; an import no policy matches is allowed. Imports inside one element
      // (e.g. lib/content/store.ts -> ./schema) are not checked.
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          checkAllOrigins: true, // also check node: built-ins (the fs policy)
          policies: [
            // 1. lib/content is a closed module: the rest of the site goes through its
            //    index (`@/lib/content`), so its internals can change without touching
            //    pages, components or the search and publish code.
            {
              disallow: { to: { element: { type: "lib-content" } } },
              message: "Import the content module through its index (`@/lib/content`), not its internals ({{to.internalPath}}).",
            },
            { allow: { to: { element: { type: "lib-content", fileInternalPath: "index.ts" } } } },
            // ...except unit tests, which test each stage of the content pipeline.
            { allow: { from: { element: { type: "tests" } }, to: { element: { type: "lib-content" } } } },

            // 2. lib/ is the bottom layer: it must not depend on routes or on React components.
            {
              from: { element: { type: "lib-*" } },
              disallow: { to: { element: { types: ["app", "components"] } } },
              message: "lib/ must not import from {{to.type}} (lib/ is the bottom layer; move the shared code into lib/).",
            },

            // 3. Components render what they are given: they may use the content module's
            //    types (`import type`), never query it. Routes in app/ load the data.
            {
              from: { element: { type: "components" } },
              disallow: { to: { element: { type: "lib-content" } }, dependency: { kind: "value" } },
              message:
                "Components must not query content: use `import type` from `@/lib/content` and receive the data from the route in app/.",
            },

            // 4. Only lib/content reads files: the rest of the site gets content through it,
            //    so the set of files the site reads stays in one place.
            {
              from: { element: { types: ["app", "components", "lib-search", "lib-publish", "lib-api", "lib-maps", "lib-shared"] } },
              disallow: { to: { module: { origin: "core", source: ["fs", "fs/promises", "node:fs", "node:fs/promises"] } } },
              message: "Only lib/content reads files; {{from.type}} must not import {{dependency.source}}.",
            },
          ],
        },
      ],
    },
  },

  // 5. process.env is read in one place, lib/config.ts, which validates it and gives the
  //    rest of the site typed settings. (lib/security-headers.mjs is not exempt: it is given
  //    a boolean.) next.config.mjs, playwright.config.ts, scripts/ and tests/ are exempt.
  {
    name: "daybook/process-env",
    files: SITE_CODE,
    ignores: ["lib/config.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          'MemberExpression[object.name="process"][property.name="env"]',
          'MemberExpression[object.name="process"][property.value="env"]',
          'MemberExpression[object.property.name="process"][property.name="env"]',
          'VariableDeclarator[init.name="process"] > ObjectPattern > Property[key.name="env"]',
        ].map((selector) => ({
          selector,
          message: "Read settings from lib/config.ts: only it may use process.env.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        ...["process", "node:process"].map((name) => ({
          name,
          importNames: ["env"],
          message: "Read settings from lib/config.ts: only it may use process.env.",
        })),
      ],
    },
  },
];
