/** Site-wide footer: what Daybook is and how it is written. */
export function SiteFooter() {
  return (
    <footer className="border-t border-neutral-200 dark:border-neutral-800 print:hidden">
      <div className="mx-auto w-full max-w-3xl px-4 py-6 text-sm text-neutral-600 sm:px-6 dark:text-neutral-400">
        <p>
          Daybook publishes one briefing per day per conflict, written by its editors from public reporting. Each briefing lists its
          sources.
        </p>
      </div>
    </footer>
  );
}
