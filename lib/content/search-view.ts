import "server-only";
import { buildSearchIndex, searchBriefings, type SearchQuery, type SearchResult } from "@/lib/search/search-index";
import { parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { getStore } from "./store";

/** Recent searches kept per loaded content: when news breaks, many readers search the same words. */
const SEARCH_CACHE_SIZE = 500;

export interface SearchView {
  conflicts: { slug: string; name: string }[];
  query: SearchQuery;
  total: number;
  results: SearchResult[];
}

/**
 * The search page from its URL parameters. The index is built once per loaded
 * content, on first use; results of recent queries are kept until the content changes.
 */
export function getSearchView(params: RawSearchParams): SearchView {
  const store = getStore();
  const conflicts = store.conflicts.map(({ slug, name }) => ({ slug, name }));
  const query = parseSearchParams(params, conflicts.map((c) => c.slug));
  if (!query.q) return { conflicts, query, total: 0, results: [] };
  const key = JSON.stringify([query.q.trim().toLowerCase(), query.conflict, query.section, query.from, query.to, query.limit]);
  let found = store.searchCache.get(key);
  if (found) {
    store.searchCache.delete(key); // most recently used goes last
  } else {
    store.searchIndex ??= buildSearchIndex(store.conflicts, [...store.indexes.values()].flatMap((index) => index.oldestFirst));
    found = searchBriefings(store.searchIndex, query);
    if (store.searchCache.size >= SEARCH_CACHE_SIZE) store.searchCache.delete(store.searchCache.keys().next().value!);
  }
  store.searchCache.set(key, found);
  return { conflicts, query, ...found };
}
