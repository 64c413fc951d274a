// Daybook's production server: Next.js's own request handler (as `next start` runs it) behind
// Node's HTTP server, with one addition: HTML pages leave without Next.js's client runtime
// (lib/serve/strip-client-runtime.mjs), since nothing on them needs React in the browser.
// Compression happens here, after that (next.config.mjs turns Next.js's own off), with the same
// middleware Next.js uses. Usage, like `next start`: node scripts/app-server.mjs [-p PORT] [-H HOST]
// (PORT from the environment otherwise; the build in NEXT_DIST_DIR or .next).
import http from "node:http";
import path from "node:path";
import compression from "next/dist/compiled/compression/index.js";
import next from "next";
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
 * Holds back an HTML response's body until it ends, then sends it without the client runtime.
 * Everything else (feeds, JSON, images, the router's own requests, HEAD, 304) passes through.
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
    if (!holding()) {
      // A HEAD answer's length would be the page's with its runtime: left out rather than wrong.
      if (request.method === "HEAD" && !response.headersSent && isHtml()) response.removeHeader("content-length");
      return end.apply(this, arguments);
    }
    add(chunk, encoding);
    const body = Buffer.from(stripClientRuntime(Buffer.concat(chunks).toString("utf8")), "utf8");
    chunks = null;
    response.setHeader("content-length", String(body.length));
    const done = [chunk, encoding, callback].find((value) => typeof value === "function");
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

const server = http.createServer((request, response) => {
  compress(request, response, () => {
    stripHtmlResponses(request, response);
    handle(request, response).catch((error) => {
      // Next.js answers its own errors; this is for one escaping it, which must not stop the server.
      console.error("Daybook: request failed:", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
});
server.listen(port, hostname, () => {
  console.log(`Daybook: serving ${process.env.NEXT_DIST_DIR || ".next"} on http://${local}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
