import { fileURLToPath } from "node:url";
import { getSecurityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build a second site from fixture content side by side with the real one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Keeps 404 pages of made-up addresses off the disk (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/route-cache-handler.mjs", import.meta.url)),
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: getSecurityHeaders(process.env.NODE_ENV === "development") }];
  },
};

export default nextConfig;
