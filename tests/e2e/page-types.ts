// Shared by the specs that open one page of every type (page-types.spec.ts, client-runtime.spec.ts).

/** One page of every type the site has. */
export const PAGE_TYPES = [
  "/",
  "/russia-ukraine",
  "/russia-ukraine/2024-01-07",
  "/russia-ukraine/2024-01-07/history",
  "/russia-ukraine/archive",
  "/russia-ukraine/archive/2024/01",
  "/russia-ukraine/map",
  "/russia-ukraine/figures",
  "/russia-ukraine/figures/drones-launched/2024",
  "/russia-ukraine/places",
  "/russia-ukraine/places/belgorod",
  "/russia-ukraine/topics",
  "/russia-ukraine/topics/missile-strikes",
  "/search",
  "/search?q=pokrovsk",
  "/search?q=qwxzv",
  "/no-such-page",
];
