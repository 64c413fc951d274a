/** Shown in `next dev` on a day scheduled for later (`publish_at`): a production server keeps it out until then. */
export function ScheduledBanner({ publishAt }: { publishAt: string }) {
  return (
    <p
      role="status"
      className="mb-6 rounded-md border-2 border-dashed border-amber-700 bg-amber-50 px-4 py-3 font-semibold text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
    >
      Scheduled — not published yet. This briefing has <code>publish_at: {publishAt}</code> and appears on the site at that time.
    </p>
  );
}
