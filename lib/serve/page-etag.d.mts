/** A strong ETag for a response body; see page-etag.mjs. */
export function formatBodyEtag(body: Buffer | string): string;
/** Whether an If-None-Match header names this ETag (weak comparison) or is "*". */
export function isNotModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean;
