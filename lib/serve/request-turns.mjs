// Starts request handlers one event-loop turn at a time, for scripts/app-server.mjs.
//
// Why: Node's HTTP server accepts one new connection per turn of its event loop (libuv 1.46, as
// Node 20 ships it; measured with a plain Node server), while it runs the handler of every request
// that is waiting in that same turn. Under load a turn is long (64 waiting requests of about 1.3 ms
// each), so a burst of new connections waits in the kernel's accept queue for one long turn each:
// the 64th connection's first request waited over 2 s while every other request took under 0.2 s.
// Started one per turn instead, requests wait in arrival order here, turns stay about one request
// long, and new connections are accepted as they arrive.

/**
 * Wraps a request listener so that at most `perTurn` requests start per event-loop turn, in the order
 * they arrived; the others wait for the following turns (setImmediate). Handlers already started run as
 * before: this orders when requests start, not how many run at once. An idle server starts a request in
 * the turn it arrives.
 * @template {unknown[]} A
 * @param {(...args: A) => void} listener
 * @param {number} [perTurn]
 * @returns {(...args: A) => void}
 */
export function startOnePerTurn(listener, perTurn = 1) {
  /** @type {A[]} */
  const waiting = [];
  let scheduled = false;
  const startNext = () => {
    scheduled = false;
    for (let started = 0; started < perTurn && waiting.length > 0; started++) listener(...waiting.shift());
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    scheduled = true;
    setImmediate(startNext);
  };
  return (...args) => {
    waiting.push(args);
    if (!scheduled) schedule();
  };
}
