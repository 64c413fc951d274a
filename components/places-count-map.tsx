import Link from "next/link";
import { MapSvg } from "@/components/map-svg";
import type { CountsMap } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { formatNameList, MAP_SCOPE_LABELS } from "@/lib/maps/place-kinds";
import { formatTagPath } from "@/lib/routes";

/**
 * Every place named in some days: markers whose area is proportional to the
 * number of days that name each place, each a link to its page named "Pokrovsk,
 * 214 days", and below them the same places as a list, most named first. Places
 * without coordinates are listed apart.
 */
export function PlacesCountMap({ slug, id, title, map }: { slug: string; id: string; title: string; map: CountsMap }) {
  const href = (place: { slug: string }) => formatTagPath(slug, "places", place.slug);
  const link = { href, name: (marker: { name: string; days?: number }) => `${marker.name}, ${formatCount(marker.days ?? 0, "day")}` };
  const far = map.places.filter((p) => !p.onRegionMap);
  return (
    <div className="space-y-4">
      {map.places.length === 0 ? <p>No place named here has coordinates yet.</p> : null}
      {map.region ? (
        <MapSvg
          drawing={map.region}
          id={id}
          style="counts"
          title={title}
          description="Each place named in these days is a disc whose area is proportional to the number of days that name it; the list below gives every number."
          link={link}
        />
      ) : null}
      {map.beyond ? (
        <MapSvg
          drawing={map.beyond}
          id={`${id}-beyond`}
          style="counts"
          title={map.region ? `Places beyond the map above, on ${MAP_SCOPE_LABELS[map.beyond.scope]}` : title}
          description={`${formatNameList(far)}, on ${MAP_SCOPE_LABELS[map.beyond.scope]}, sized on the same scale.`}
          link={link}
        />
      ) : null}
      {map.places.length > 0 ? (
        <ol className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" aria-label="Places by number of days">
          {map.places.map((place) => (
            <li key={place.slug} className="flex justify-between gap-4 border-b border-neutral-200 py-1 dark:border-neutral-800">
              <Link href={href(place)} className="underline">
                {place.name}
              </Link>
              <span className="text-neutral-600 dark:text-neutral-400">{formatCount(place.days ?? 0, "day")}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {map.unplaced.length > 0 ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          Not on the map (no coordinates yet):{" "}
          {map.unplaced.map((place, index) => (
            <span key={place.name}>
              {index > 0 ? ", " : null}
              <Link href={formatTagPath(slug, "places", place.slug)} className="underline">
                {place.name}
              </Link>{" "}
              ({formatCount(place.days, "day")})
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
