import Link from "next/link";
import { DATA_PAGE_PATH } from "@/lib/api/paths";

/** Site-wide footer: what Daybook is, how it is written, and where its data is. */
export function SiteFooter() {
  return (
    <footer className="border-t border-neutral-200 dark:border-neutral-800 print:hidden">
      <div className="mx-auto w-full max-w-3xl space-y-2 px-4 py-6 text-sm text-neutral-600 sm:px-6 dark:text-neutral-400">
        <p>
          Daybook publishes one briefing per day per conflict, written by its editors from public reporting. Each briefing lists its
          sources.
        </p>
        <p>
          <Link href={DATA_PAGE_PATH} className="underline">
            Open data
          </Link>
          : every briefing as JSON, NDJSON and CSV, free to reuse under its conflict&rsquo;s license.
        </p>
      </div>
    </footer>
  );
}
