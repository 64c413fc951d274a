import type { Metadata } from "next";
import Link from "next/link";
import { ConflictNav } from "@/components/conflict-nav";
import { MissingPage } from "@/components/missing-page";
import { computeArchiveMonths } from "@/lib/archive";
import { getBriefings, getConflict, getConflictParams } from "@/lib/content";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/metadata";
import { formatArchivePath, formatConflictPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string }> };

export function generateStaticParams() {
  return getConflictParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const conflict = getConflict((await params).conflict);
  if (!conflict) return NOT_FOUND_METADATA;
  return buildMetadata({
    title: `Archive of the ${conflict.name}, by month · ${SITE_NAME}`,
    description: `Every month of the ${conflict.name}, with its daily briefings.`,
    path: formatArchivePath(conflict.slug),
    conflict,
  });
}

export default async function ArchivePage({ params }: Props) {
  const conflict = getConflict((await params).conflict);
  if (!conflict) return <MissingPage />;
  const months = computeArchiveMonths(conflict.start, getBriefings(conflict.slug));
  const years = [...new Set(months.map((m) => m.year))].reverse();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
        <Link href={formatConflictPath(conflict.slug)} className="underline-offset-4 hover:underline">{conflict.name}</Link>: archive
      </h1>
      <ConflictNav slug={conflict.slug} current="archive" />
      {years.map((year) => (
        <section key={year} id={String(year)} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="font-serif text-2xl font-semibold">{year}</h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
            {months.filter((m) => m.year === year).map((month) => (
              <li key={month.key}>
                {month.count > 0 ? (
                  <Link href={formatArchivePath(conflict.slug, month)} className="block rounded-md border border-neutral-300 px-3 py-2 hover:border-neutral-500 dark:border-neutral-700">
                    <span className="block font-medium">{month.label}</span>
                    <span className="block text-sm text-neutral-600 dark:text-neutral-400">{month.count} day{month.count === 1 ? "" : "s"}</span>
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
