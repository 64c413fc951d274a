// The path-to-regexp Next.js compiles in, which matches next.config `headers()` sources (tests/unit/lib/cache-control.test.ts).
declare module "next/dist/compiled/path-to-regexp" {
  export function pathToRegexp(path: string): RegExp;
}
