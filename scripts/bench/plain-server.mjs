// A plain Node.js HTTP server for "Tail under load" (scripts/bench/tail.ts): each request does
// 1.2 ms of synchronous work, about what `next start` spends on a cached day page, and answers
// 90 KB, the day page's size. It shows how Node's HTTP server shares one busy thread among 64
// connections with no Next.js or Daybook code in the way. With `one-per-turn`, requests start one per
// event-loop turn, as the app server starts them (lib/serve/request-turns.mjs).
// Usage: node plain-server.mjs PORT [one-per-turn]
import http from "node:http";
import { startOnePerTurn } from "../../lib/serve/request-turns.mjs";

const body = Buffer.alloc(90 * 1024, "x");
const port = Number(process.argv[2] ?? 4160);

function work(ms) {
  const start = performance.now();
  while (performance.now() - start < ms);
}

const handle = (_request, response) => {
  work(1.2);
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.end(body);
};
http.createServer(process.argv[3] === "one-per-turn" ? startOnePerTurn(handle) : handle).listen(port, "127.0.0.1");
