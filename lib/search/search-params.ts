import { isIsoDate } from "@/lib/dates";
import type { SearchQuery, SearchSection } from "./search-types";
import { SECTION_KEYS } from "@/lib/sections";

const SECTIONS: readonly SearchSection[] = ["summary", ...SECTION_KEYS];

function isSearchSection(value: string): value is SearchSection {
  return SECTIONS.some((section) => section === value);
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/**
 * Reads `/search?q=&conflict=&section=&from=&to=` into a query, dropping values
 * that are not valid (an unknown section, a malformed date) instead of failing.
 */
export function parseSearchParams(params: RawSearchParams, conflictSlugs: readonly string[]): SearchQuery {
  const conflict = first(params.conflict);
  const section = first(params.section);
  const from = first(params.from);
  const to = first(params.to);
  return {
    // Kept whole up to a bound, so that a query over the budget is refused with a message (search-budget.ts), not cut short.
    q: first(params.q).slice(0, 1_000),
    conflict: conflictSlugs.includes(conflict) ? conflict : undefined,
    section: isSearchSection(section) ? section : undefined,
    from: isIsoDate(from) ? from : undefined,
    to: isIsoDate(to) ? to : undefined,
  };
}
