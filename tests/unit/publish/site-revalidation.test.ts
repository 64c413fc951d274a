import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  isRevalidationAuthorized,
  REVALIDATE_HEADER,
  requestSiteRevalidationPersistently,
  startSiteRevalidation,
} from "@/lib/publish/site-revalidation";

// A real HTTP server stands in for the app's /revalidate route: it answers the statuses queued in
// `answers` (then 204) and records each request's path and whether it carried this process's secret.
let server: Server;
let answers: number[];
let received: { method?: string; url?: string; authorized: boolean; at: number }[];

beforeEach(async () => {
  answers = [];
  received = [];
  server = createServer((request, response) => {
    const header = request.headers[REVALIDATE_HEADER];
    received.push({
      method: request.method,
      url: request.url,
      authorized: isRevalidationAuthorized(typeof header === "string" ? header : null),
      at: Date.now(),
    });
    response.statusCode = answers.shift() ?? 204;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("__NEXT_PRIVATE_ORIGIN", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await new Promise((resolve) => server.close(resolve));
});

describe("asking the server to render its pages again", () => {
  it("tries again after a failure until the server answers 204, with the process's secret each time", async () => {
    answers = [503, 500];
    expect(await requestSiteRevalidationPersistently(7, 5, 50)).toBe(true);
    expect(received.map((r) => [r.method, r.url, r.authorized])).toEqual([
      ["POST", "/revalidate", true],
      ["POST", "/revalidate", true],
      ["POST", "/revalidate", true],
    ]);
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(45);
    expect(vi.mocked(console.error).mock.calls.map(([message]) => message)).toEqual([
      "Daybook: revalidating pages for content generation 7 answered 503",
      "Daybook: revalidating pages for content generation 7 answered 500",
    ]);
  });

  it("gives up after the last try, and a server that cannot be reached is a logged failure", async () => {
    answers = [503, 503, 503, 503];
    expect(await requestSiteRevalidationPersistently(8, 3, 10)).toBe(false);
    expect(received).toHaveLength(3);
    await new Promise((resolve) => server.close(resolve));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)); // for afterEach to close
    expect(await requestSiteRevalidationPersistently(9, 2, 10)).toBe(false);
    expect(vi.mocked(console.error).mock.calls.at(-1)?.[0]).toMatch(/^Daybook: revalidating pages for content generation 9 failed: /);
  });

  it("without an origin (a build, tests) there is nothing to ask", async () => {
    vi.stubEnv("__NEXT_PRIVATE_ORIGIN", "");
    expect(await requestSiteRevalidationPersistently(1, 3, 10)).toBe(false);
    expect(received).toEqual([]);
  });
});

describe("starting revalidation with the content monitor", () => {
  it("a change the monitor reports asks the server once it answers", async () => {
    let onChange: ((generation: number) => void) | undefined;
    expect(startSiteRevalidation((callback) => (onChange = callback), 20)).toBeUndefined();
    onChange?.(3);
    await vi.waitFor(() => expect(received).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toHaveLength(1); // no timer when the monitor runs
  });

  it("when the monitor cannot start, every page is rendered again on a timer, and the reason is logged", async () => {
    const timer = startSiteRevalidation(() => {
      throw new Error("EMFILE: too many open files, watch");
    }, 30);
    try {
      expect(timer).toBeDefined();
      await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(3), { timeout: 2_000 });
      expect(received.every((r) => r.authorized && r.url === "/revalidate")).toBe(true);
      expect(vi.mocked(console.error).mock.calls[0]?.[0]).toBe(
        "Daybook could not watch the content: EMFILE: too many open files, watch; every page is rendered again every 0.03 s instead",
      );
    } finally {
      clearInterval(timer);
    }
  });
});
