/** Paths of the open-data API (version 1) and of its documentation page. */
export const API_BASE = "/api/v1";

/** The page for humans that documents the API. */
export const DATA_PAGE_PATH = "/data";

export const formatApiConflictsPath = (): string => `${API_BASE}/conflicts`;

export const formatApiConflictPath = (slug: string): string => `${API_BASE}/conflicts/${slug}`;

export const formatApiDayPath = (slug: string, date: string): string => `${API_BASE}/conflicts/${slug}/days/${date}`;

export const formatApiNdjsonPath = (slug: string): string => `${API_BASE}/conflicts/${slug}/days.ndjson`;

export const formatApiCsvPath = (slug: string): string => `${API_BASE}/conflicts/${slug}/items.csv`;

export const formatOpenApiPath = (): string => `${API_BASE}/openapi.json`;
