import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { MonthRangeForm } from "@/components/month-range-form";
import { PlacesCountMap } from "@/components/places-count-map";
import { getConflictMapView, type ConflictMapView } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatMapPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "January 2024 to March 2024", or "the whole war". */
function formatRange(view: ConflictMapView): string {
  if (!view.limited) return "the whole war";
  const label = (value: string) => view.months.find((m) => m.value === value)?.label ?? value;
  return view.from === view.to ? label(view.from) : `${label(view.from)} to ${label(view.to)}`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = getConflictMapView((await params).conflict, await searchParams);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict } = view;
  return {
    ...buildMetadata({
      title: `Map of the ${conflict.name}, ${formatRange(view)} · ${SITE_NAME}`,
      description: `Every place named in the daily briefings on the ${conflict.name}, sized by the number of days that name it.`,
      path: formatMapPath(conflict.slug),
      conflict,
    }),
    // A range is a view of the same page: only the whole war's map is indexed.
    ...(view.limited ? { robots: { index: false, follow: true } } : {}),
  };
}

/** `/<conflict>/map?from=YYYY-MM&to=YYYY-MM`: every place, sized by its days, for the whole war or a range of months. */
export default async function ConflictMapPage({ params, searchParams }: Props) {
  const view = getConflictMapView((await params).conflict, await searchParams);
  // This page is rendered per request (it reads the query), so notFound() sets the status before
  // anything is sent; MissingPage's Suspense would come too late here.
  if (!view) notFound();
  const { conflict, map } = view;
  const range = formatRange(view);
  return (
    <>
      <ConflictTitle conflict={conflict} suffix="Map" />
      <ConflictNav slug={conflict.slug} current="map" />
      <MonthRangeForm slug={conflict.slug} months={view.months} from={view.from} to={view.to} limited={view.limited} />
      {view.problem ? (
        <p role="alert" className="mt-4 rounded-md border border-amber-600 px-3 py-2 text-sm">
          {view.problem}.
        </p>
      ) : null}
      <section aria-labelledby="map-heading" className="mt-8">
        <h2 id="map-heading" className="font-serif text-2xl font-semibold">
          {formatCount(map.places.length + map.unplaced.length, "place")} named in {formatCount(view.days, "briefing")}, {range}
        </h2>
        <div className="mt-4">
          <PlacesCountMap
            slug={conflict.slug}
            id="conflict-map"
            title={`Map of the places named in the ${conflict.name}, ${range}`}
            map={map}
          />
        </div>
      </section>
    </>
  );
}
