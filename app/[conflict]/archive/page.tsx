import type { Metadata } from "next";
import Link from "next/link";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { MissingPage } from "@/components/missing-page";
import { getArchiveView, getConflictParams } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatArchivePath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string }> };

export const generateStaticParams = getConflictParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = getArchiveView((await params).conflict);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict } = view;
  return buildMetadata({
    title: `Archive of the ${conflict.name}, by month · ${SITE_NAME}`,
    description: `Every month of the ${conflict.name}, with its daily briefings.`,
    path: formatArchivePath(conflict.slug),
    conflict,
  });
}

export default async function ArchivePage({ params }: Props) {
  const view = getArchiveView((await params).conflict);
  if (!view) return <MissingPage />;
  const { conflict, months } = view;
  const years = [...new Set(months.map((m) => m.year))].reverse();
  return (
    <>
      <ConflictTitle conflict={conflict} suffix="Archive" />
      <ConflictNav slug={conflict.slug} current="archive" />
      {years.map((year) => (
        <section key={year} id={String(year)} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="font-serif text-2xl font-semibold">
            {year}
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
            {months
              .filter((m) => m.year === year)
              .map((month) => (
                <li key={month.key}>
                  {month.count > 0 ? (
                    <Link
                      href={formatArchivePath(conflict.slug, month)}
                      className="block rounded-md border border-neutral-300 px-3 py-2 hover:border-neutral-500 dark:border-neutral-700"
                    >
                      <span className="block font-medium">{month.label}</span>
                      <span className="block text-sm text-neutral-600 dark:text-neutral-400">{formatCount(month.count, "day")}</span>
                    </Link>
                  ) : (
                    <span className="block rounded-md border border-dashed border-neutral-300 px-3 py-2 text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
                      <span className="block">{month.label}</span>
                      <span className="block text-sm">No briefings</span>
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
