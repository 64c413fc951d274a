/** Security headers sent with every response; see security-headers.mjs. */
export function getSecurityHeaders(development?: boolean): { key: string; value: string }[];
