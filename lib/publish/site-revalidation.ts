import { randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config";

/** The header that carries this process's secret to its own revalidation route (app/revalidate/route.ts). */
export const REVALIDATE_HEADER = "x-daybook-revalidate";

const holder = globalThis as typeof globalThis & { __daybookRevalidateSecret?: Buffer };

/** A secret made when the process starts and never leaves it: only this server can have its pages revalidated. */
function getSecret(): Buffer {
  return (holder.__daybookRevalidateSecret ??= randomBytes(32));
}

/** Whether a request to the revalidation route comes from this process (compared in constant time). */
export function isRevalidationAuthorized(header: string | null): boolean {
  if (!header || !/^[0-9a-f]{64}$/.test(header)) return false;
  return timingSafeEqual(Buffer.from(header, "hex"), getSecret());
}

/**
 * Has this server's Next.js render every page again on its next request, because the content
 * changed (the content monitor calls this). Next.js's `revalidatePath` works only inside a
 * route handler or server action, so the server asks itself, over HTTP, with a per-process
 * secret. Without an origin (a build, tests) there is nothing to revalidate; a failure is
 * logged (requestSiteRevalidationPersistently tries again).
 */
export async function requestSiteRevalidation(generation: number): Promise<boolean> {
  const { appOrigin } = getConfig();
  if (!appOrigin) return false;
  try {
    const response = await fetch(`${appOrigin}/revalidate`, {
      method: "POST",
      headers: { [REVALIDATE_HEADER]: getSecret().toString("hex") },
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (response.status === 204) return true;
    console.error(`Daybook: revalidating pages for content generation ${generation} answered ${response.status}`);
  } catch (error) {
    console.error(
      `Daybook: revalidating pages for content generation ${generation} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return false;
}

/**
 * requestSiteRevalidation, tried again every `intervalMs` (2 s) until it succeeds (at most
 * `tries` times): pages have no time-based regeneration (app/layout.tsx), so a lost request
 * would leave them on the old content until the next change.
 */
export async function requestSiteRevalidationPersistently(generation: number, tries = 5, intervalMs = 2_000): Promise<boolean> {
  for (let attempt = 1; attempt <= tries; attempt++) {
    if (await requestSiteRevalidation(generation)) return true;
    if (attempt < tries) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}

/**
 * Starts the content monitor with revalidation on each change (instrumentation.ts). A server
 * whose monitor cannot start has every page rendered again every `fallbackMs` (15 s) instead,
 * as regeneration on a timer would, since nothing else would ever refresh its pages.
 * @returns the fallback's timer when the monitor could not start (for tests to stop it).
 */
export function startSiteRevalidation(
  startMonitor: (onChange: (generation: number) => void) => void,
  fallbackMs = 15_000,
): NodeJS.Timeout | undefined {
  try {
    startMonitor((generation) => void requestSiteRevalidationPersistently(generation));
    return undefined;
  } catch (error) {
    console.error(
      `Daybook could not watch the content: ${error instanceof Error ? error.message : String(error)}; every page is rendered again every ${fallbackMs / 1000} s instead`,
    );
    return setInterval(() => void requestSiteRevalidation(0), fallbackMs).unref();
  }
}
