import { parseQueryTerms } from "./search-text";
import type { SearchRefusal } from "./search-types";

/**
 * What one query may cost. A query over budget gets a message instead of
 * results, never a long wait: search runs in a worker thread, but a flood of
 * expensive queries would still queue there.
 */
export const SEARCH_BUDGET = {
  /** Characters in the query. */
  maxLength: 200,
  /** Words in the query. */
  maxWords: 10,
  /** The last word, from this many letters, also matches longer words it begins ("leopard tan" finds tanks)... */
  prefixMinLength: 3,
  /** ...and a word of this many letters also matches words one letter off (two from 8 letters)... */
  fuzzyMinLength: 4,
  /** ...up to this many letters: longer tokens are not words, and matching them with typos is slow. */
  fuzzyMaxLength: 30,
  /** Time the worker may spend on one query before it gives up. */
  timeLimitMs: 500,
  /** Time a reader waits for an answer, queue included, before being told search is busy. */
  answerTimeoutMs: 3_000,
  /** Searches waiting for the worker; more are told search is busy at once. */
  maxQueued: 32,
  /**
   * How late (mean, over the last half second) the main thread's event loop may run while
   * more than `floodSearchesPerSecond` searches arrive, before a search flood is declared
   * (search-admission.ts): a search page is rendered on the main thread like every other
   * page, so under a flood of searches, pages come first.
   */
  mainThreadLagMs: 20,
  floodSearchesPerSecond: 5,
  /** A flood lasts while searches keep arriving that fast, and this long after. */
  floodHoldMs: 5_000,
  /** Searches a second still let through during a flood. */
  floodTrickle: 2,
  /**
   * How long a search turned away during a flood waits for its 503: a client that retries at
   * once (a script in a loop) then costs the server a timer, not a request a millisecond...
   */
  refusalDelayMs: 1_000,
  /** ...for at most this many waiting searches at a time; past them the 503 comes at once. */
  maxDelayedRefusals: 256,
  /** Time a search right after a start waits for the index to be built. */
  readyTimeoutMs: 5_000,
} as const;

/** The refusal for a query over the length or word budget, if it is. */
export function checkSearchBudget(q: string): SearchRefusal | undefined {
  if ([...q.trim()].length > SEARCH_BUDGET.maxLength) return "too-long";
  if (parseQueryTerms(q).length > SEARCH_BUDGET.maxWords) return "too-many-words";
  return undefined;
}
