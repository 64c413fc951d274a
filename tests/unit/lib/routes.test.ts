import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS } from "@/lib/routes";

const APP = path.resolve(import.meta.dirname, "../../../app");
/** Next.js file conventions that are not addresses of their own. */
const CONVENTIONS = new Set(["layout", "page", "not-found", "error", "global-error", "loading", "template", "default", "globals"]);

describe("RESERVED_SLUGS", () => {
  it("holds every top-level address of app/ that a conflict's slug could take", () => {
    const addresses = fs
      .readdirSync(APP)
      .map((name) => name.replace(/\.(tsx?|jsx?|css)$/, ""))
      // Dynamic segments ([conflict]), private folders (_feeds), route groups ((x)) and names with a dot (feed.xml) are no slug.
      .filter((name) => /^[a-z0-9-]+$/.test(name) && !CONVENTIONS.has(name));
    expect(addresses.length).toBeGreaterThan(2);
    for (const address of addresses) expect(RESERVED_SLUGS, address).toContain(address);
  });
});
