// Daybook's production server: Next.js's own request handler (as `next start` runs it) behind
// Node's HTTP server, with three additions: HTML pages leave without Next.js's client runtime
// (lib/serve/strip-client-runtime.mjs), since nothing on them needs React in the browser; each page
// gets its ETag from the bytes sent (lib/serve/page-etag.mjs); and requests start one per turn of
// the event loop (lib/serve/request-turns.mjs). Compression happens here, after the strip
// (next.config.mjs turns Next.js's own off, and its ETags), with the same middleware Next.js uses. Usage, like `next start`: node scripts/app-server.mjs [-p PORT] [-H HOST]
// (PORT from the environment otherwise; the build in NEXT_DIST_DIR or .next).
import http from "node:http";
import path from "node:path";
import compression from "next/dist/compiled/compression/index.js";
import next from "next";
import { formatBodyEtag, isNotModified } from "../lib/serve/page-etag.mjs";
import { startOnePerTurn } from "../lib/serve/request-turns.mjs";
import { stripClientRuntime } from "../lib/serve/strip-client-runtime.mjs";

const root = path.resolve(import.meta.dirname, "..");

/** `-p 3100 -H 127.0.0.1` (or `--port`, `--hostname`), as `next start` takes them. */
function readOption(short, long) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === short || arg === long);
  return at === -1 ? undefined : args[at + 1];
}

const port = Number(readOption("-p", "--port") ?? process.env.PORT ?? 3000);
// No host: every address, IPv4 and IPv6, as `next start` listens.
const hostname = readOption("-H", "--hostname");

/**
 * Holds back an HTML page's body until it ends, then sends it without the client runtime, with its
 * ETag, or 304 when the request already has that version. Everything else (feeds, JSON, images, the
 * router's own requests, redirects) passes through. A HEAD request reaches here as a GET (below), so
 * its headers (length, ETag) are the page's as sent; Node knows to send it no body.
 */
function stripHtmlResponses(request, response) {
  const { write, end, flushHeaders } = response;
  let chunks;
  const isHtml = () => String(response.getHeader("content-type") ?? "").startsWith("text/html");
  const holding = () => {
    if (chunks === undefined) chunks = request.method === "GET" && !response.headersSent && isHtml() ? [] : null;
    return chunks !== null;
  };
  const add = (chunk, encoding) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  response.flushHeaders = function () {
    // Next.js flushes the headers as a streamed page starts; held pages send theirs at the end.
    if (!holding()) flushHeaders.call(this);
  };
  response.write = function (chunk, encoding, callback) {
    if (!holding()) return write.apply(this, arguments);
    add(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  response.end = function (chunk, encoding, callback) {
    if (!holding()) return end.apply(this, arguments);
    add(chunk, encoding);
    // latin1: one character a byte, so the page's bytes come back unchanged but for what the strip
    // removes (whole ASCII-delimited elements), at a tenth of the cost of decoding UTF-8.
    const body = Buffer.from(stripClientRuntime(Buffer.concat(chunks).toString("latin1")), "latin1");
    chunks = null;
    const done = [chunk, encoding, callback].find((value) => typeof value === "function");
    if (response.statusCode === 200) {
      const etag = formatBodyEtag(body);
      response.setHeader("etag", etag);
      if (isNotModified(request.headers["if-none-match"], etag)) {
        response.statusCode = 304;
        response.removeHeader("content-length");
        return end.call(this, done);
      }
    }
    response.setHeader("content-length", String(body.length));
    return end.call(this, body, done);
  };
}
// Where this server listens, as `next start` records it: the content monitor asks the server
// itself to render its pages again when the content changes (lib/publish/site-revalidation.ts).
const local =
  hostname === undefined || ["0.0.0.0", "::", "[::]"].includes(hostname)
    ? "localhost"
    : hostname.includes(":")
      ? `[${hostname}]`
      : hostname;
process.env.__NEXT_PRIVATE_ORIGIN = `http://${local}:${port}`;

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
const compress = compression();
await app.prepare();

// One request starts per event-loop turn, so that a burst of new connections is accepted while
// the server is busy (lib/serve/request-turns.mjs: Node accepts one connection per turn).
const server = http.createServer(
  startOnePerTurn((request, response) => {
    // A page's HEAD is answered as its GET, so that its length and ETag are the page's as sent; Node
    // already knows to send no body. The API answers HEAD itself, without making its downloads.
    if (request.method === "HEAD" && !request.url?.startsWith("/api/")) request.method = "GET";
    compress(request, response, () => {
      stripHtmlResponses(request, response);
      handle(request, response).catch((error) => {
        // Next.js answers its own errors; this is for one escaping it, which must not stop the server.
        console.error("Daybook: request failed:", error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    });
  }),
);
server.listen(port, hostname, () => {
  console.log(`Daybook: serving ${process.env.NEXT_DIST_DIR || ".next"} on http://${local}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
