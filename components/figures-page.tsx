import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { FigureSection } from "@/components/figure-section";
import type { FiguresView } from "@/lib/content";

/**
 * A conflict's key figures over time: for each declared figure, what it counts,
 * its latest value, a chart of every report, the reports as a table and as a
 * CSV file. Everything is rendered on the server; nothing here needs JavaScript.
 */
export function FiguresPage({ view }: { view: FiguresView }) {
  const { conflict, figures } = view;
  return (
    <>
      <ConflictTitle conflict={conflict} suffix="Key figures" />
      <ConflictNav slug={conflict.slug} current="figures" />
      <p className="mt-6 text-neutral-700 dark:text-neutral-300">
        Each figure as the daily briefings reported it, with its source. A figure keeps its value until the next report; days that did not
        report it add nothing.
      </p>
      {figures.length === 0 ? <p className="mt-6">No figures are tracked for the {conflict.name} yet.</p> : null}
      {figures.map((series) => (
        <FigureSection key={series.definition.key} slug={conflict.slug} series={series} />
      ))}
    </>
  );
}
