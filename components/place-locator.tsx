import { MapSvg } from "@/components/map-svg";
import type { PlacesMap } from "@/lib/content";
import { formatCoordinates } from "@/lib/maps/coordinates";
import { MAP_SCOPE_LABELS, PLACE_KIND_LABELS } from "@/lib/maps/place-kinds";

/** A place page's locator map: the place marked on the conflict's map (or a wider one), and its coordinates as text. */
export function PlaceLocator({ map }: { map: PlacesMap }) {
  const [place] = map.places;
  const drawing = map.region ?? map.beyond;
  if (!place || !drawing) return null;
  const coordinates = formatCoordinates(place.lat, place.lon);
  const area = place.kind === "settlement" || place.kind === "facility" ? "" : ", at a point inside it";
  return (
    <figure className="mt-6">
      <MapSvg
        drawing={drawing}
        id="place-map"
        style="places"
        title={`Where ${place.name} is`}
        description={`${place.name} (${PLACE_KIND_LABELS[place.kind]}) is marked at ${coordinates}${area}, on ${MAP_SCOPE_LABELS[drawing.scope]}.`}
      />
      <figcaption className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
        {place.name}, {PLACE_KIND_LABELS[place.kind]}: <span data-testid="coordinates">{coordinates}</span>
        {area ? ` (a point inside the ${PLACE_KIND_LABELS[place.kind]})` : ""}
      </figcaption>
    </figure>
  );
}
