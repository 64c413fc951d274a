import Link from "next/link";
import { formatConflictPath } from "@/lib/routes";

/** Site name and the list of conflicts, on every page. */
export function SiteHeader({ conflicts }: { conflicts: { slug: string; name: string }[] }) {
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight no-underline">
          Daybook
        </Link>
        <nav aria-label="Conflicts">
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
