import "server-only";
import { checkSearchBudget } from "@/lib/search/search-budget";
import { parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { enableSearchWorker, runSearchQuery } from "@/lib/search/search-service";
import type { SearchQuery, SearchRefusal, SearchResult } from "@/lib/search/search-types";
import { getStore } from "./store";

/** Recent searches kept per loaded content: when news breaks, many readers search the same words. */
const SEARCH_CACHE_SIZE = 500;

export interface SearchView {
  conflicts: { slug: string; name: string }[];
  query: SearchQuery;
  total: number;
  results: SearchResult[];
  /** Set when the query got a message instead of results: over budget, or search not able to answer now. */
  refused?: SearchRefusal;
}

/**
 * The search page from its URL parameters. Queries run in the search worker,
 * within the query budget; results of recent queries are kept until the
 * content changes.
 */
export async function getSearchView(params: RawSearchParams): Promise<SearchView> {
  const store = getStore();
  const conflicts = store.conflicts.map(({ slug, name }) => ({ slug, name }));
  const query = parseSearchParams(params, conflicts.map((c) => c.slug));
  if (!query.q) return { conflicts, query, total: 0, results: [] };
  // Over budget: refused before anything else (a flood of searches is turned away earlier, by proxy.ts).
  const refused = checkSearchBudget(query.q);
  if (refused) return { conflicts, query, total: 0, results: [], refused };
  const key = JSON.stringify([query.q.trim().toLowerCase(), query.conflict, query.section, query.from, query.to, query.limit]);
  const cached = store.searchCache.get(key);
  if (cached) {
    store.searchCache.delete(key); // most recently used goes last
    store.searchCache.set(key, cached);
    return { conflicts, query, ...cached };
  }
  const { generation, answer } = await runSearchQuery(query);
  if ("refused" in answer) return { conflicts, query, total: 0, results: [], refused: answer.refused };
  // Kept only when it comes from this content (the index may still be catching up with a change).
  if (generation === store.generation) {
    if (store.searchCache.size >= SEARCH_CACHE_SIZE) store.searchCache.delete(store.searchCache.keys().next().value!);
    store.searchCache.set(key, answer);
  }
  return { conflicts, query, ...answer };
}

/**
 * Loads the content and starts indexing it for search, in the background: a
 * server calls this as it starts (instrumentation.ts), so that no reader's
 * search has to wait for the index to be built. Problems with the content are
 * logged, not thrown: the first request reports them as it always does.
 */
export function startSearchIndex(): void {
  enableSearchWorker();
  try {
    getStore();
  } catch (error) {
    console.error(`Daybook could not load content at start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
