import type { Metadata } from "next";
import Link from "next/link";
import { BriefingTeaser } from "@/components/briefing-teaser";
import { ConflictNav } from "@/components/conflict-nav";
import { MonthCalendar } from "@/components/month-calendar";
import { MissingPage } from "@/components/missing-page";
import { computeArchiveMonths, computeMonthCalendar } from "@/lib/archive";
import { getArchiveMonth, getBriefings, getConflicts, getMonthBriefings } from "@/lib/content";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/metadata";
import { formatArchivePath, formatConflictPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string; year: string; month: string }> };

/** The latest months are prerendered; older ones render on first request (build time must not grow with history). */
const PRERENDERED_MONTHS = 3;

export function generateStaticParams() {
  return getConflicts().flatMap((conflict) =>
    computeArchiveMonths(conflict.start, getBriefings(conflict.slug))
      .filter((m) => m.count > 0)
      .slice(-PRERENDERED_MONTHS)
      .map((m) => ({ conflict: conflict.slug, year: String(m.year), month: String(m.month).padStart(2, "0") })),
  );
}

async function getMonth(params: Props["params"]) {
  const { conflict, year, month } = await params;
  return getArchiveMonth(conflict, year, month);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getMonth(params);
  if (!found) return NOT_FOUND_METADATA;
  const { conflict, month } = found;
  return buildMetadata({
    title: `${conflict.name}, ${month.label}: ${month.count} daily briefing${month.count === 1 ? "" : "s"} · ${SITE_NAME}`,
    description: `Calendar and summaries of the ${conflict.name} in ${month.label}.`,
    path: formatArchivePath(conflict.slug, month),
    conflict,
  });
}

export default async function MonthPage({ params }: Props) {
  const found = await getMonth(params);
  if (!found) return <MissingPage />;
  const { conflict, month, previous, next } = found;
  const briefings = getMonthBriefings(conflict.slug, month.year, month.month);
  const weeks = computeMonthCalendar(month.year, month.month, new Map(briefings.map((b) => [b.date, b])));
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
        <Link href={formatConflictPath(conflict.slug)} className="underline-offset-4 hover:underline">{conflict.name}</Link>
        <span className="sr-only">,</span> <span className="block">{month.label}</span>
      </h1>
      <ConflictNav slug={conflict.slug} current="archive" />
      <nav aria-label="Months" className="mt-6 flex justify-between gap-4 text-sm print:hidden">
        {previous ? <Link href={formatArchivePath(conflict.slug, previous)} rel="prev" className="underline">← {previous.label}</Link> : <span />}
        <Link href={formatArchivePath(conflict.slug)} className="underline">All months</Link>
        {next ? <Link href={formatArchivePath(conflict.slug, next)} rel="next" className="underline">{next.label} →</Link> : <span />}
      </nav>
      <MonthCalendar slug={conflict.slug} label={month.label} weeks={weeks} />
      <section aria-labelledby="month-days" className="mt-10">
        <h2 id="month-days" className="font-serif text-2xl font-semibold">
          {briefings.length > 0 ? `${briefings.length} briefing${briefings.length === 1 ? "" : "s"} in ${month.label}` : `No briefings in ${month.label}`}
        </h2>
        <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {[...briefings].reverse().map((briefing) => <BriefingTeaser key={briefing.date} briefing={briefing} />)}
        </div>
      </section>
    </>
  );
}
