// Pages need no client-side React: everything they do is HTML, CSS and one small inline script
// of our own (components/page-script.tsx). Next.js's App Router still sends its runtime with
// every page: script tags for React DOM and the router, and the page's data a second time as
// inline "flight" scripts. On this machine that runtime was most of Lighthouse's total blocking
// time and half of a day page's bytes. scripts/app-server.mjs passes every HTML page through
// this function before it leaves the server. Plain JavaScript: the server runs without a build.

/** Our own inline scripts carry an id beginning with this; they are kept. */
export const OWN_SCRIPT_ID_PREFIX = "daybook-";

// One <script> element. React escapes "</script" inside inline scripts (as \u003c/script), and
// JSON-LD is escaped the same way (lib/publish/json-ld), so the first "</script>" closes it.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
// Hints that fetch scripts: <link rel="preload" as="script"> and <link rel="modulepreload">.
const SCRIPT_HINT = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*>/gi;

// HTML's own whitespace, not JavaScript's \s: the server hands this function the page's bytes as
// latin1 text (one character a byte, ten times faster to decode than UTF-8), where \s would also
// take the byte 0xA0 that ends some UTF-8 characters.
const OWN_ID = new RegExp(`(?:^|[ \\t\\n\\f\\r])id="${OWN_SCRIPT_ID_PREFIX}`);
const JSON_LD = /(?:^|[ \t\n\f\r])type="application\/ld\+json"/i;

function isOwn(attributes) {
  return OWN_ID.test(attributes) || JSON_LD.test(attributes);
}

/**
 * The page without Next.js's client runtime: every <script> except ours (an id starting with
 * "daybook-") and JSON-LD, and every hint preloading a script. Everything else is untouched. It
 * removes only whole ASCII-delimited elements, so it works the same on a page decoded as latin1
 * (bytes in, the same bytes out but for what it removes).
 * @param {string} html
 * @returns {string}
 */
export function stripClientRuntime(html) {
  return html.replace(SCRIPT, (element, attributes) => (isOwn(attributes) ? element : "")).replace(SCRIPT_HINT, "");
}
