/** The pages' and the API's Cache-Control; see cache-control.mjs. */
export const PAGE_CACHE_CONTROL: string;
/** next.config.mjs `headers()` entries giving pages their Cache-Control. */
export function getCacheHeaders(): { source: string; headers: { key: string; value: string }[] }[];
