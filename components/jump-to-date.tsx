import { formatConflictPath } from "@/lib/routes";

/** A GET form to any date of the conflict; /<conflict>/go redirects, so it works without JavaScript. */
export function JumpToDate({ slug, min, max, value }: { slug: string; min: string; max: string; value?: string }) {
  return (
    <form action={`${formatConflictPath(slug)}/go`} method="get" className="flex flex-wrap items-end gap-2 print:hidden">
      <label className="flex flex-col text-sm">
        <span className="font-medium">Go to a date</span>
        <input
          type="date"
          name="date"
          min={min}
          max={max}
          defaultValue={value}
          required
          className="mt-1 rounded-md border border-neutral-400 bg-white px-2 py-1.5 text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
        />
      </label>
      <button
        type="submit"
        className="rounded-md bg-neutral-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300"
      >
        Go
      </button>
    </form>
  );
}
