import { describe, expect, it } from "vitest";
import { computeSearchAdmission, createAdmissionState } from "@/lib/search/search-admission";
import { SEARCH_BUDGET } from "@/lib/search/search-budget";

const calm = { lagMs: 0, searchesPerSecond: 1 };
const pouring = { lagMs: 0, searchesPerSecond: SEARCH_BUDGET.floodSearchesPerSecond + 3 };
const overloaded = { lagMs: SEARCH_BUDGET.mainThreadLagMs + 30, searchesPerSecond: SEARCH_BUDGET.floodSearchesPerSecond + 3 };

/** How many of `n` searches, one every `every` ms from `start`, are let through. */
function admitted(state: ReturnType<typeof createAdmissionState>, load: typeof calm, start: number, n: number, every: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (computeSearchAdmission(state, load, start + i * every) === "admit") count++;
  return count;
}

describe("computeSearchAdmission", () => {
  it("admits every search while the main thread keeps up, however many arrive", () => {
    const state = createAdmissionState();
    expect(admitted(state, pouring, 0, 100, 10)).toBe(100);
    expect(admitted(state, { lagMs: 200, searchesPerSecond: 2 }, 1_000, 100, 10)).toBe(100);
  });

  it("lets only a trickle through once searches pour in while the loop runs late", () => {
    const state = createAdmissionState();
    expect(computeSearchAdmission(state, overloaded, 0)).toBe("admit"); // the trickle's bucket starts full
    // 10 s at 50 searches a second: the bucket's first tokens, then floodTrickle a second.
    const through = admitted(state, overloaded, 20, 500, 20);
    expect(through).toBeGreaterThanOrEqual(SEARCH_BUDGET.floodTrickle * 10 - 1);
    expect(through).toBeLessThanOrEqual(SEARCH_BUDGET.floodTrickle * 10 + 1);
  });

  it("stays in flood mode while searches keep pouring in, even once the loop has caught up", () => {
    const state = createAdmissionState();
    computeSearchAdmission(state, overloaded, 0);
    // The loop is fine again (searches are being turned away), but they still pour in: 20 s later, still a trickle.
    expect(admitted(state, pouring, 100, 1_000, 20)).toBeLessThanOrEqual(SEARCH_BUDGET.floodTrickle * 21);
  });

  it("ends the flood floodHoldMs after searches slow down", () => {
    const state = createAdmissionState();
    computeSearchAdmission(state, overloaded, 0);
    expect(admitted(state, calm, SEARCH_BUDGET.floodHoldMs - 1_000, 50, 1)).toBeLessThan(50);
    expect(admitted(state, calm, SEARCH_BUDGET.floodHoldMs + 1, 50, 1)).toBe(50);
  });
});
