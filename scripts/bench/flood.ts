/**
 * The search flood of issue 16: clients sending searches of one common word
 * plus a random number ("the 123456"), so that every query misses the result
 * cache. Used by the bench (Resilience) and the e2e responsiveness test.
 */
import autocannon from "autocannon";

export const FLOOD_WORDS = ["the", "said", "and", "forces", "near", "officials"];

export interface FloodResult {
  /** Search pages answered 200. */
  searches: number;
  /** Of those: with results or "no match", and refused with each reason (busy, too slow…). */
  answered: number;
  refused: Record<string, number>;
  /** Searches turned away by proxy.ts with a 503 while the flood had pages waiting. */
  turnedAway: number;
  /** Other answers than 200 and 503, connection errors and timeouts. */
  failures: number;
  latencyP50: number;
  latencyP99: number;
}

/** Runs the flood for `seconds` with `connections` clients, each sending one search after another. */
export async function runSearchFlood(origin: string, connections: number, seconds: number): Promise<FloodResult> {
  let answered = 0;
  let turnedAway = 0;
  const refused: Record<string, number> = {};
  let n = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const word = FLOOD_WORDS[n++ % FLOOD_WORDS.length]!;
          return { ...request, path: `/search?q=${word}+${Math.floor(Math.random() * 1_000_000)}` };
        },
        onResponse: (status, body) => {
          if (status === 503 && body.includes("Search is busy")) turnedAway++;
          if (status !== 200) return;
          const reason = /data-reason="([a-z-]+)"/.exec(body)?.[1];
          if (reason) refused[reason] = (refused[reason] ?? 0) + 1;
          else answered++;
        },
      },
    ],
  });
  return {
    searches: result["2xx"],
    answered,
    refused,
    turnedAway,
    // autocannon's errors include its timeouts.
    failures: result.non2xx - turnedAway + result.errors,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
  };
}
