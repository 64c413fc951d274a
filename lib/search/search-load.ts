import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { SEARCH_BUDGET } from "./search-budget";

/** How far behind the main thread's event loop ran over the last window (mean lateness, ms). */
interface LoadState {
  histogram: IntervalHistogram;
  lagMs: number;
}

const WINDOW_MS = 500;
const holder = globalThis as typeof globalThis & { __daybookLoad?: LoadState };

/**
 * Starts watching the main thread (once per process). Rendering a search page
 * happens there, like every other page: when the loop runs late, pages are
 * waiting, and searches are turned away until it catches up.
 */
export function watchMainThread(): void {
  if (holder.__daybookLoad) return;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const state: LoadState = { histogram, lagMs: 0 };
  holder.__daybookLoad = state;
  setInterval(() => {
    state.lagMs = histogram.count > 0 ? histogram.mean / 1e6 : 0;
    histogram.reset();
  }, WINDOW_MS).unref();
}

/** True while the main thread is too far behind to take on a search page (see SEARCH_BUDGET.mainThreadLagMs). */
export function isMainThreadBusy(): boolean {
  return (holder.__daybookLoad?.lagMs ?? 0) > SEARCH_BUDGET.mainThreadLagMs;
}
