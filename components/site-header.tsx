import Link from "next/link";
import { ThemeToggle } from "@/components/theme-toggle";
import { formatConflictPath } from "@/lib/routes";

/** Site name, search, the list of conflicts and the theme switch, on every page. */
export function SiteHeader({ conflicts }: { conflicts: { slug: string; name: string }[] }) {
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800 print:hidden">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight no-underline">
          Daybook
        </Link>
        <div className="flex items-center gap-3">
          <form action="/search" method="get" role="search" aria-label="Site search" className="flex">
            <label htmlFor="site-search" className="sr-only">
              Search briefings
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder="Search briefings"
              className="w-40 rounded-l-md border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 sm:w-56 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
            />
            <button type="submit" className="rounded-r-md border border-l-0 border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600">
              Search
            </button>
          </form>
          <ThemeToggle />
        </div>
        <nav aria-label="Conflicts" className="w-full">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {conflicts.map((conflict) => (
              <li key={conflict.slug}>
                <Link href={formatConflictPath(conflict.slug)} className="underline-offset-4 hover:underline">
                  {conflict.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
