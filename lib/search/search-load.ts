import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { computeSearchAdmission, createAdmissionState, type AdmissionState } from "./search-admission";
import { SEARCH_BUDGET } from "./search-budget";

/** The main thread over the last window: how late its event loop ran (mean, ms), and how many searches it took. */
interface LoadState {
  histogram: IntervalHistogram;
  lagMs: number;
  searches: number;
  recentSearches: number;
  admission: AdmissionState;
  delayed: number;
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
  const state: LoadState = { histogram, lagMs: 0, searches: 0, recentSearches: 0, admission: createAdmissionState(), delayed: 0 };
  holder.__daybookLoad = state;
  setInterval(() => {
    state.lagMs = histogram.count > 0 ? histogram.mean / 1e6 : 0;
    histogram.reset();
    state.recentSearches = state.searches;
    state.searches = 0;
  }, WINDOW_MS).unref();
}

/**
 * Counts a search request and says whether to turn it away (proxy.ts asks, for every request to
 * /search), by search-admission.ts's rules. A refusal resolves after SEARCH_BUDGET.refusalDelayMs
 * (at once past SEARCH_BUDGET.maxDelayedRefusals waiting): a flood's clients that retry at once
 * are slowed to one request a second each, and cost the main thread nothing while they wait.
 */
export async function isSearchFlooding(): Promise<boolean> {
  const state = holder.__daybookLoad;
  if (!state) return false;
  state.searches++;
  const load = { lagMs: state.lagMs, searchesPerSecond: (state.recentSearches * 1000) / WINDOW_MS };
  if (computeSearchAdmission(state.admission, load, Date.now()) === "admit") return false;
  if (state.delayed >= SEARCH_BUDGET.maxDelayedRefusals) return true;
  state.delayed++;
  await new Promise((resolve) => setTimeout(resolve, SEARCH_BUDGET.refusalDelayMs));
  state.delayed--;
  return true;
}
