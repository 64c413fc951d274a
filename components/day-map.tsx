import Link from "next/link";
import { MapSvg } from "@/components/map-svg";
import type { MapPlace, PlacesMap } from "@/lib/content";
import { formatTagPath } from "@/lib/routes";
import { formatNameList, MAP_SCOPE_LABELS, PLACE_KIND_LABELS } from "@/lib/maps/place-kinds";

/**
 * The day page's "Where" panel: the day's places on the conflict's map (and, for
 * places beyond it, on a map of the wider area or of the world), each marker linking to the place's page,
 * and beside it the same places as a list of links. Places without coordinates
 * are only in the page's list of places.
 */
export function DayMap({ slug, dateLabel, map }: { slug: string; dateLabel: string; map: PlacesMap }) {
  const href = (place: { slug: string }) => formatTagPath(slug, "places", place.slug);
  const link = { href, name: (marker: { name: string }) => marker.name };
  const near = map.places.filter((p) => p.onRegionMap);
  const far = map.places.filter((p) => !p.onRegionMap);
  return (
    // A labelled region, not a <section>: the briefing's sections are its news (Battlefield, Politics…).
    <div id="where" role="region" aria-labelledby="where-heading" className="mt-10 scroll-mt-4">
      <h2 id="where-heading" className="border-b border-neutral-200 pb-1 font-serif text-2xl font-semibold dark:border-neutral-800">
        Where
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <div className="space-y-3 sm:col-span-2">
          {map.region ? (
            <MapSvg
              drawing={map.region}
              id="day-map"
              style="places"
              title={`Map of the places named on ${dateLabel}`}
              description={`${formatNameList(near)}, marked on ${MAP_SCOPE_LABELS.conflict}.`}
              link={link}
            />
          ) : null}
          {map.beyond ? (
            <MapSvg
              drawing={map.beyond}
              id="day-map-beyond"
              style="places"
              title={
                map.region
                  ? `Places beyond the map above, on ${MAP_SCOPE_LABELS[map.beyond.scope]}`
                  : `Map of the places named on ${dateLabel}`
              }
              description={`${formatNameList(far)}, marked on ${MAP_SCOPE_LABELS[map.beyond.scope]}${map.beyond.inset ? " on which the area of the conflict's map is outlined" : ""}.`}
              link={link}
            />
          ) : null}
        </div>
        <ul className="space-y-1 text-sm" aria-label="Places of this day">
          {map.places.map((place: MapPlace) => (
            <li key={place.slug}>
              <Link href={href(place)} className="font-medium underline">
                {place.name}
              </Link>{" "}
              <span className="text-neutral-600 dark:text-neutral-400">
                {PLACE_KIND_LABELS[place.kind]}
                {map.region && !place.onRegionMap ? (map.beyond?.scope === "world" ? ", on the world map" : ", on the map below") : ""}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
        A dot marks a town or site; a ring marks a region, country or sea at a point inside it.
      </p>
    </div>
  );
}
