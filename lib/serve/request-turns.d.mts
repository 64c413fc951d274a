/** A listener that starts at most `perTurn` calls per event-loop turn, in arrival order; see request-turns.mjs. */
export function startOnePerTurn<A extends unknown[]>(listener: (...args: A) => void, perTurn?: number): (...args: A) => void;
