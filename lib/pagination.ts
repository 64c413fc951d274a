import { parsePositiveInteger } from "./routes";

/** How many days a place's or topic's page lists; older ones are on further pages. */
const PAGE_SIZE = 50;

/** One page of a list, numbered from 1. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
}

/**
 * Page number from a URL segment: "2" and up (page 1 has no number in its
 * address), or undefined for anything else ("1", "02", "x").
 */
export function parsePageNumber(value: string): number | undefined {
  const page = parsePositiveInteger(value);
  return page !== undefined && page > 1 ? page : undefined;
}

/** Page `page` of `items`, or undefined when it is past the last page. */
export function computePage<T>(items: readonly T[], page: number, size = PAGE_SIZE): ListPage<T> | undefined {
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}
