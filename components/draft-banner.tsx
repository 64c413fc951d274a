/** Shown on drafts, which only `next dev` serves: a production build never includes them. */
export function DraftBanner() {
  return (
    <p
      role="status"
      className="mb-6 rounded-md border-2 border-dashed border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      Draft — not published. This briefing has <code>draft: true</code> and appears only in development.
    </p>
  );
}
