// A plain Node.js HTTP server for "Tail under load" (scripts/bench/tail.ts): each request does
// 1.2 ms of synchronous work, about what `next start` spends on a cached day page, and answers
// 90 KB, the day page's size. It shows how Node's HTTP server shares one busy thread among 64
// connections with no Next.js or Daybook code in the way. Usage: node plain-server.mjs PORT
import http from "node:http";

const body = Buffer.alloc(90 * 1024, "x");
const port = Number(process.argv[2] ?? 4160);

function work(ms) {
  const start = performance.now();
  while (performance.now() - start < ms);
}

http
  .createServer((_request, response) => {
    work(1.2);
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(body);
  })
  .listen(port, "127.0.0.1");
