/** Our own inline scripts carry an id beginning with this; they are kept. */
export const OWN_SCRIPT_ID_PREFIX: string;
/** The page without Next.js's client runtime; see strip-client-runtime.mjs. */
export function stripClientRuntime(html: string): string;
