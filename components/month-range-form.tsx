import Link from "next/link";
import { formatMapPath } from "@/lib/routes";

type Month = { value: string; label: string };

function MonthSelect({ name, label, months, value }: { name: "from" | "to"; label: string; months: readonly Month[]; value: string }) {
  return (
    // The label names the select only (wrapped, its text would include every option's).
    <div className="flex flex-col text-sm">
      <label htmlFor={`map-${name}`} className="font-medium">
        {label}
      </label>
      <select
        id={`map-${name}`}
        name={name}
        defaultValue={value}
        className="mt-1 rounded-md border border-neutral-400 bg-white px-2 py-1.5 text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
      >
        {months.map((month) => (
          <option key={month.value} value={month.value}>
            {month.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form limiting the conflict map to a range of months: the server draws the map, so it works without JavaScript. */
export function MonthRangeForm({
  slug,
  months,
  from,
  to,
  limited,
}: {
  slug: string;
  months: readonly Month[];
  from: string;
  to: string;
  limited: boolean;
}) {
  return (
    <form
      action={formatMapPath(slug)}
      method="get"
      aria-label="Months to show"
      className="mt-6 flex flex-wrap items-end gap-3 print:hidden"
    >
      <MonthSelect name="from" label="From" months={months} value={from} />
      <MonthSelect name="to" label="To" months={months} value={to} />
      <button
        type="submit"
        className="rounded-md bg-neutral-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300"
      >
        Show
      </button>
      {limited ? (
        <Link href={formatMapPath(slug)} className="py-1.5 text-sm underline">
          The whole war
        </Link>
      ) : null}
    </form>
  );
}
