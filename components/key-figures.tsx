import { formatNearbyDate } from "@/lib/dates";
import { formatChange, formatNumber } from "@/lib/format";
import { formatDayPath, formatFiguresPath } from "@/lib/routes";
import type { DayFigure } from "@/lib/content";

/** What changed since the figure's previous report, linking to the day that gave it: "+1,340 since 2 January". */
function Change({ figure, slug, year }: { figure: DayFigure; slug: string; year: number }) {
  const { previous } = figure;
  if (!previous) return <span className="text-neutral-600 dark:text-neutral-400">first report</span>;
  return (
    <a href={formatDayPath(slug, previous.date)} className="underline underline-offset-2">
      {formatChange(figure.value - previous.value)} since {formatNearbyDate(previous.date, year)}
    </a>
  );
}

/**
 * The day's key figures, after its sections (the figures' citations are numbered
 * after the items'): each figure's label, value and unit, its as-of date when it
 * is not the day's, the change since its previous report, its source as a
 * numbered citation (the Sources list's number) and, when a correction names it,
 * a link to the corrections notice. Plain links: nothing here needs the client router.
 */
export function KeyFigures({ slug, date, figures }: { slug: string; date: string; figures: readonly DayFigure[] }) {
  if (figures.length === 0) return null;
  const year = Number(date.slice(0, 4));
  return (
    <section aria-labelledby="key-figures-heading" className="mt-10 rounded-md border border-neutral-300 p-4 dark:border-neutral-700">
      <h2 id="key-figures-heading" className="font-serif text-2xl font-semibold">
        Key figures
      </h2>
      <dl className="mt-3 grid gap-4 sm:grid-cols-2">
        {figures.map((figure) => (
          <div key={figure.key} id={figure.anchor} className="scroll-mt-4" data-testid="key-figure">
            <dt className="text-sm text-neutral-700 dark:text-neutral-300">{figure.label}</dt>
            <dd>
              <span className="text-2xl font-semibold tabular-nums">{formatNumber(figure.value)}</span> {figure.unit}
              <sup>
                <a href={`#${figure.source.anchor}`} aria-label={`Source ${figure.source.number}: ${figure.source.name}`}>
                  {figure.source.number}
                </a>
              </sup>
            </dd>
            <dd className="text-sm">
              {figure.asOf === date ? null : (
                <>
                  as of <time dateTime={figure.asOf}>{formatNearbyDate(figure.asOf, year)}</time> ·{" "}
                </>
              )}
              <Change figure={figure} slug={slug} year={year} />
            </dd>
            {figure.corrections.length > 0 ? (
              <dd className="text-sm">
                <a href="#corrections" className="font-semibold text-amber-800 underline underline-offset-2 dark:text-amber-300">
                  Corrected
                </a>{" "}
                on {figure.corrections.map((c) => formatNearbyDate(c.date.slice(0, 10), year)).join(", ")}
              </dd>
            ) : null}
            {figure.note ? <dd className="text-sm text-neutral-700 dark:text-neutral-300">{figure.note}</dd> : null}
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm print:hidden">
        <a href={formatFiguresPath(slug)} className="underline underline-offset-2">
          Every figure over time
        </a>
      </p>
    </section>
  );
}
