import { SEARCH_BUDGET } from "./search-budget";

/** What admission remembers between searches: how long the flood mode lasts, and the trickle's tokens. */
export interface AdmissionState {
  floodUntil: number;
  tokens: number;
  tokensAt: number;
}

/** The main thread over the last window: how late its loop ran (mean, ms), and how many searches arrived per second. */
export interface LoadSignal {
  lagMs: number;
  searchesPerSecond: number;
}

/** A fresh state: not in flood mode, the trickle's bucket full. */
export function createAdmissionState(): AdmissionState {
  return { floodUntil: 0, tokens: SEARCH_BUDGET.floodTrickle, tokensAt: 0 };
}

/**
 * Whether to let one search through to be rendered, or turn it away (proxy.ts asks, for every
 * request to /search). A flood begins when the main thread's loop runs late while searches pour
 * in; it lasts while they keep arriving faster than usual, plus `floodHoldMs`, even when the loop
 * has caught up meanwhile (it catches up *because* searches are turned away: letting them all in
 * again at once would start it over). During a flood a trickle of searches still gets through,
 * `floodTrickle` a second, so a reader searching then is answered after a retry or two.
 * A busy machine alone, with searches at their usual pace, turns none away.
 */
export function computeSearchAdmission(state: AdmissionState, load: LoadSignal, now: number): "admit" | "refuse" {
  const pouring = load.searchesPerSecond > SEARCH_BUDGET.floodSearchesPerSecond;
  const flooding = now < state.floodUntil;
  if (pouring && (flooding || load.lagMs > SEARCH_BUDGET.mainThreadLagMs)) state.floodUntil = now + SEARCH_BUDGET.floodHoldMs;
  if (now >= state.floodUntil) return "admit";
  const refill = ((now - state.tokensAt) / 1000) * SEARCH_BUDGET.floodTrickle;
  state.tokens = Math.min(SEARCH_BUDGET.floodTrickle, state.tokens + Math.max(0, refill));
  state.tokensAt = now;
  if (state.tokens < 1) return "refuse";
  state.tokens -= 1;
  return "admit";
}
