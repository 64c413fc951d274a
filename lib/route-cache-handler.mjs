// Next.js's own file-system cache of rendered pages, except that 404 pages stay in
// its bounded memory cache and are never written to disk. Otherwise every unique
// unknown address that reaches a dynamic page (`/anything`, `/<conflict>/anything`)
// would leave files in `.next/server/route-cache` for good: a flood of made-up
// addresses could fill the disk. Used by next.config.mjs (`cacheHandler`).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class RouteCacheHandler extends FileSystemCache {
  set(key, data, ctx) {
    if (data?.kind !== "APP_PAGE" || data.status !== 404) return super.set(key, data, ctx);
    // The parent reads `flushToDisk` before its first `await`, so the flag only
    // covers this call, even with other pages being cached at the same time.
    const flushToDisk = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flushToDisk;
    }
  }
}
