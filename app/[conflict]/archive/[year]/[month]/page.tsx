import type { Metadata } from "next";
import Link from "next/link";
import { BriefingTeaser } from "@/components/briefing-teaser";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { MissingPage } from "@/components/missing-page";
import { MonthCalendar } from "@/components/month-calendar";
import { PlacesCountMap } from "@/components/places-count-map";
import { getMonthParams, getMonthView } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatArchivePath, formatMapPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string; year: string; month: string }> };

/** The latest months are prerendered; older ones render on first request (build time must not grow with history). */
export const generateStaticParams = getMonthParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { conflict: slug, year, month: monthNumber } = await params;
  const view = getMonthView(slug, year, monthNumber);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict, month } = view;
  return buildMetadata({
    title: `${conflict.name}, ${month.label}: ${formatCount(month.count, "daily briefing")} · ${SITE_NAME}`,
    description: `Calendar and summaries of the ${conflict.name} in ${month.label}.`,
    path: formatArchivePath(conflict.slug, month),
    conflict,
  });
}

export default async function MonthPage({ params }: Props) {
  const { conflict: slug, year, month: monthNumber } = await params;
  const view = getMonthView(slug, year, monthNumber);
  if (!view) return <MissingPage />;
  const { conflict, month, previous, next, briefings, weeks, map } = view;
  const monthValue = `${month.year}-${String(month.month).padStart(2, "0")}`;
  return (
    <>
      <ConflictTitle conflict={conflict} suffix={month.label} separator="," />
      <ConflictNav slug={conflict.slug} current="archive" />
      <nav aria-label="Months" className="mt-6 flex justify-between gap-4 text-sm print:hidden">
        {previous ? (
          <Link href={formatArchivePath(conflict.slug, previous)} rel="prev" className="underline">
            ← {previous.label}
          </Link>
        ) : (
          <span />
        )}
        <Link href={formatArchivePath(conflict.slug)} className="underline">
          All months
        </Link>
        {next ? (
          <Link href={formatArchivePath(conflict.slug, next)} rel="next" className="underline">
            {next.label} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <MonthCalendar slug={conflict.slug} label={month.label} weeks={weeks} />
      {map.places.length + map.unplaced.length > 0 ? (
        <section aria-labelledby="month-places" className="mt-10">
          <h2 id="month-places" className="font-serif text-2xl font-semibold">
            Places in {month.label}
          </h2>
          <div className="mt-4">
            <PlacesCountMap slug={conflict.slug} id="month-map" title={`Map of the places named in ${month.label}`} map={map} />
          </div>
          <p className="mt-2 text-sm print:hidden">
            <Link href={formatMapPath(conflict.slug, { from: monthValue, to: monthValue })} className="underline">
              This month on the conflict map
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="month-days" className="mt-10">
        <h2 id="month-days" className="font-serif text-2xl font-semibold">
          {briefings.length > 0 ? `${formatCount(briefings.length, "briefing")} in ${month.label}` : `No briefings in ${month.label}`}
        </h2>
        <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {[...briefings].reverse().map((briefing) => (
            <BriefingTeaser key={briefing.date} briefing={briefing} />
          ))}
        </div>
      </section>
    </>
  );
}
