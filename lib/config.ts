import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads environment variables (next.config.mjs reads its own,
 * as Next.js requires). Values are validated, given defaults, and re-read only
 * when the environment changes, so tests can set a variable and see it.
 */
const envSchema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http:// or https:// URL" }).default("http://localhost:3000"),
  CONTENT_DIR: z.string().default("content"),
  CONTENT_REFRESH_MS: z.coerce.number().int().min(0).default(5_000),
  CONTENT_WATCH: z.enum(["on", "off"], { error: "CONTENT_WATCH must be on or off" }).default("on"),
  NEXT_DIST_DIR: z.string().default(".next"),
  NODE_ENV: z.string().default("development"),
  NEXT_PHASE: z.string().optional(),
  __NEXT_PRIVATE_ORIGIN: z.url().optional(),
  TEST_SEARCH_DELAY: z
    .string()
    .regex(/^[a-z]+:\d+$/, { error: 'TEST_SEARCH_DELAY must look like "word:milliseconds", e.g. "slowpoke:3000"' })
    .optional(),
});

export interface Config {
  /** Origin of every absolute URL, without a trailing slash. */
  siteUrl: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** How often a running server looks for changed content files. */
  refreshMs: number;
  /**
   * Whether a server also watches the content folder for changes (inotify), publishing them at once;
   * off (CONTENT_WATCH=off), it only checks every refreshMs, for file systems whose events mislead.
   */
  watchContent: boolean;
  /** Absolute path of the build folder. */
  distDir: string;
  /** A production build or server (`next build`, `next start`), as opposed to `next dev` or tests. */
  production: boolean;
  /** `next dev`. */
  development: boolean;
  /** Inside `next build`. */
  building: boolean;
  /**
   * Where this server listens, as `next start` records it once listening (for example
   * http://127.0.0.1:3000): the content monitor asks the server itself to revalidate its pages.
   */
  appOrigin?: string;
  /** Queries run in a worker thread (servers); unit tests run them in-process. */
  searchInWorker: boolean;
  /**
   * Tests only (TEST_SEARCH_DELAY=word:ms): a search for `word` blocks the search
   * worker for `ms` milliseconds, as a pathologically slow query would. Unset in production.
   */
  searchTestDelay?: { word: string; ms: number };
}

let cached: { key: string; config: Config } | undefined;

/** Empty strings count as unset, as the shell's `VAR= command` means. */
function readRaw(): Record<string, string | undefined> {
  const raw = {
    SITE_URL: process.env.SITE_URL,
    CONTENT_DIR: process.env.CONTENT_DIR,
    CONTENT_REFRESH_MS: process.env.CONTENT_REFRESH_MS,
    CONTENT_WATCH: process.env.CONTENT_WATCH,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR,
    // Written out in full so Next.js can inline it in client and server bundles.
    NODE_ENV: process.env.NODE_ENV,
    NEXT_PHASE: process.env.NEXT_PHASE,
    __NEXT_PRIVATE_ORIGIN: process.env.__NEXT_PRIVATE_ORIGIN,
    TEST_SEARCH_DELAY: process.env.TEST_SEARCH_DELAY,
  };
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value === "" ? undefined : value]));
}

/** The validated configuration; throws with the variable's name when a value is invalid. */
export function getConfig(): Config {
  const raw = readRaw();
  const key = JSON.stringify(raw);
  if (cached?.key === key) return cached.config;
  const env = envSchema.parse(raw);
  const config: Config = {
    siteUrl: new URL(env.SITE_URL).origin,
    // Content is read at run time from wherever CONTENT_DIR points, so keep the bundler from tracing it.
    contentDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), env.CONTENT_DIR),
    refreshMs: env.CONTENT_REFRESH_MS,
    watchContent: env.CONTENT_WATCH === "on",
    distDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), env.NEXT_DIST_DIR),
    production: env.NODE_ENV === "production",
    development: env.NODE_ENV === "development",
    building: env.NEXT_PHASE === "phase-production-build",
    appOrigin: env.__NEXT_PRIVATE_ORIGIN ? new URL(env.__NEXT_PRIVATE_ORIGIN).origin : undefined,
    searchInWorker: env.NODE_ENV === "production" || env.NODE_ENV === "development",
    searchTestDelay: env.TEST_SEARCH_DELAY
      ? { word: env.TEST_SEARCH_DELAY.split(":")[0]!, ms: Number(env.TEST_SEARCH_DELAY.split(":")[1]) }
      : undefined,
  };
  cached = { key, config };
  return config;
}

/**
 * Variables that make git use another repository than the one holding the
 * content folder (a git hook, for example, sets GIT_DIR and GIT_INDEX_FILE).
 */
const GIT_LOCATION_VARIABLES = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|NAMESPACE|PREFIX)$/;

/**
 * The environment for the git processes that read the content's history: this
 * process's, without the variables that would point git at another repository,
 * never prompting, never taking the index lock, and with untranslated messages.
 */
export function getGitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
  for (const key of Object.keys(env)) if (GIT_LOCATION_VARIABLES.test(key)) delete env[key];
  return env;
}
