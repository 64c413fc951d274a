/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build a second site from fixture content side by side with the real one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
