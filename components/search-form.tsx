import type { SearchQuery } from "@/lib/search/search-types";
import { SECTION_KEYS, SECTION_LABELS } from "@/lib/sections";

const field =
  "mt-1 rounded-md border border-neutral-400 bg-white px-2 py-1.5 text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100";

/** The search form with its filters: a plain GET form, so it works without JavaScript. */
export function SearchForm({ query, conflicts }: { query: SearchQuery; conflicts: { slug: string; name: string }[] }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search with filters" className="mt-6 grid gap-3 sm:grid-cols-2">
      <label className="flex flex-col text-sm sm:col-span-2">
        <span className="font-medium">Words to find</span>
        <input type="search" name="q" defaultValue={query.q} className={`${field} text-base`} />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium">Conflict</span>
        <select name="conflict" defaultValue={query.conflict ?? ""} className={field}>
          <option value="">All conflicts</option>
          {conflicts.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium">Section</span>
        <select name="section" defaultValue={query.section ?? ""} className={field}>
          <option value="">All sections</option>
          <option value="summary">Headlines and summaries</option>
          {SECTION_KEYS.map((key) => (
            <option key={key} value={key}>
              {SECTION_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium">From</span>
        <input type="date" name="from" defaultValue={query.from} className={field} />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium">To</span>
        <input type="date" name="to" defaultValue={query.to} className={field} />
      </label>
      <div className="sm:col-span-2">
        <button
          type="submit"
          className="rounded-md bg-neutral-900 px-5 py-2 text-sm font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300"
        >
          Search
        </button>
      </div>
    </form>
  );
}
