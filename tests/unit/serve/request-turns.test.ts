import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startOnePerTurn } from "@/lib/serve/request-turns.mjs";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("startOnePerTurn", () => {
  it("starts one call per event-loop turn, in the order they came", async () => {
    const started: number[] = [];
    const start = startOnePerTurn((n: number) => started.push(n));
    for (const n of [1, 2, 3, 4]) start(n);
    expect(started).toEqual([]); // not in the caller's turn
    await nextTurn();
    expect(started).toEqual([1]);
    await nextTurn();
    expect(started).toEqual([1, 2]);
    await nextTurn();
    await nextTurn();
    expect(started).toEqual([1, 2, 3, 4]);
    await nextTurn();
    start(5); // idle again: the next turn starts it
    await nextTurn();
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts more per turn when asked", async () => {
    const started: number[] = [];
    const start = startOnePerTurn((n: number) => started.push(n), 3);
    for (const n of [1, 2, 3, 4, 5]) start(n);
    await nextTurn();
    expect(started).toEqual([1, 2, 3]);
    await nextTurn();
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });
});

/**
 * A busy server (5 ms of work a request) and 16 keep-alive clients that connect at once and each
 * send requests one after another: how many requests it started before it had accepted the last
 * connection. Node accepts one connection per turn of its event loop; run straight from the server,
 * each turn also runs every waiting request, so the last connection waits behind a growing crowd.
 */
async function countStartsBeforeLastAccept(gate: boolean): Promise<number> {
  const clients = 16;
  let accepted = 0;
  let started = 0;
  let startedBeforeLastAccept = -1;
  const handle = (_request: IncomingMessage, response: ServerResponse) => {
    started++;
    const until = performance.now() + 5;
    while (performance.now() < until);
    response.end("ok");
  };
  const server = createServer(gate ? startOnePerTurn(handle) : handle);
  server.on("connection", () => {
    if (++accepted === clients) startedBeforeLastAccept = started;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const get = () =>
    new Promise<void>((resolve, reject) => {
      request({ port, host: "127.0.0.1", agent }, (response) => response.resume().on("end", resolve))
        .on("error", reject)
        .end();
    });
  const client = async () => {
    for (let i = 0; i < 12; i++) await get();
  };
  try {
    await Promise.all(Array.from({ length: clients }, client));
  } finally {
    agent.destroy();
    server.close();
  }
  expect(accepted).toBe(clients);
  return startedBeforeLastAccept;
}

describe("a busy server accepting a burst of connections", () => {
  it("started one per turn, it accepts every connection within about one request per connection", async () => {
    expect(await countStartsBeforeLastAccept(true)).toBeLessThanOrEqual(16 + 4); // 14 here
  });

  it("started straight from the server, the last connection waits behind many more (why the server starts one per turn)", async () => {
    expect(await countStartsBeforeLastAccept(false)).toBeGreaterThan(2 * 16); // 56 here
  });
});
