import { getCacheHeaders } from "./lib/cache-control.mjs";
import { getSecurityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build a second site from fixture content side by side with the real one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // scripts/app-server.mjs compresses, after taking Next.js's client runtime out of each page.
  compress: false,
  // scripts/app-server.mjs also gives each page its ETag (and answers If-None-Match with 304), from the
  // bytes it sends, with a native hash: Next.js hashes every page in JavaScript on every request,
  // which was a quarter of a cached day page's CPU time under load. Static files keep Last-Modified.
  generateEtags: false,
  // Pages rendered after the build (older days, 404s) are cached in memory only, in a
  // bounded LRU: written to disk, every made-up address would leave files behind, and
  // a flood of them could fill the disk. Build-time pages stay on disk. 48 MB (of page
  // sizes as Next.js counts them; in memory they take about twice that) keeps the server
  // under its memory ceiling (600 MB at 5,000 days after a crawl of every page and a search
  // flood); an older day dropped from it is rendered again (tens of ms).
  cacheMaxMemorySize: 48 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: getSecurityHeaders(process.env.NODE_ENV === "development") },
      // Pages' Cache-Control (Next.js replaces it on /_next/static and in development).
      ...getCacheHeaders(),
    ];
  },
};

export default nextConfig;
