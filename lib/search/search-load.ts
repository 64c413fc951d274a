import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { SEARCH_BUDGET } from "./search-budget";

/** The main thread over the last window: how late its event loop ran (mean, ms), and how many searches it took. */
interface LoadState {
  histogram: IntervalHistogram;
  lagMs: number;
  searches: number;
  recentSearches: number;
}

const WINDOW_MS = 500;
const holder = globalThis as typeof globalThis & { __daybookLoad?: LoadState };

/**
 * Starts watching the main thread (once per process). Search pages are rendered
 * there like every other page: when the loop runs late while searches pour in,
 * pages are waiting behind them.
 */
export function watchMainThread(): void {
  if (holder.__daybookLoad) return;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const state: LoadState = { histogram, lagMs: 0, searches: 0, recentSearches: 0 };
  holder.__daybookLoad = state;
  setInterval(() => {
    state.lagMs = histogram.count > 0 ? histogram.mean / 1e6 : 0;
    histogram.reset();
    state.recentSearches = state.searches;
    state.searches = 0;
  }, WINDOW_MS).unref();
}

/**
 * Counts a search request and says whether to turn it away (proxy.ts asks, for
 * every request to /search): when the main thread's loop ran more than
 * SEARCH_BUDGET.mainThreadLagMs late over the last half second while more than
 * SEARCH_BUDGET.floodSearchesPerSecond searches arrived. A busy machine alone,
 * with searches at their usual pace, turns none away.
 */
export function isSearchFlooding(): boolean {
  const state = holder.__daybookLoad;
  if (!state) return false;
  state.searches++;
  return state.lagMs > SEARCH_BUDGET.mainThreadLagMs && state.recentSearches > (SEARCH_BUDGET.floodSearchesPerSecond * WINDOW_MS) / 1000;
}
