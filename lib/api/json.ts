const ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON for the API: `JSON.stringify`, then `<`, `>`, `&` and the two JavaScript line
 * separators written as \u escapes. Any JSON parser gives back the exact text, and a
 * response that something mistakes for HTML, or pastes into a script, holds no markup.
 */
export function serializeApiJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (char) => ESCAPES[char] ?? char);
}
