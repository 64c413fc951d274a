/** Types of server-memory.mjs (plain JavaScript, so that scripts/start.mjs can run it without a build). */
export declare const SERVER_HEAP_MB: number;
export declare function withHeapCeiling(nodeOptions?: string): string;
