import type { DrawnMarker, MapDrawing } from "@/lib/maps/draw-map";

type Props = {
  drawing: MapDrawing;
  /** Unique on the page: the ids of the title and description. */
  id: string;
  title: string;
  description: string;
  /** Markers that link to their place's page: the link and its accessible name. Without it the map is one static image. */
  link?: { href: (marker: DrawnMarker) => string; name: (marker: DrawnMarker) => string };
  /** "counts": translucent discs whose area is proportional to days; "places": dots for towns, rings for areas. */
  style: "places" | "counts";
};

function Marker({ marker, style }: { marker: DrawnMarker; style: Props["style"] }) {
  const { x, y, r } = marker;
  if (style === "counts") return <circle cx={x} cy={y} r={r} className="map-count" />;
  return <circle cx={x} cy={y} r={r} className={marker.shape === "point" ? "map-point" : "map-area"} />;
}

function Label({ marker }: { marker: DrawnMarker }) {
  const { label } = marker;
  if (!label) return null;
  return (
    <>
      {label.leader ? (
        <line x1={label.leader[0]} y1={label.leader[1]} x2={label.leader[2]} y2={label.leader[3]} className="map-leader" />
      ) : null}
      <text x={label.x} y={label.y} textAnchor={label.anchor} className={marker.shape === "area" ? "map-label italic" : "map-label"}>
        {marker.name}
      </text>
    </>
  );
}

/**
 * A map drawn on the server as plain SVG: the base layers (already projected and
 * simplified), then each marker with its label. Colours come from CSS variables
 * and currentColor (app/globals.css), so the map follows the theme and prints in
 * black and white. A static map is one image (role="img" with its title and
 * description); a map whose markers link is a group of named links.
 */
export function MapSvg({ drawing, id, title, description, link, style }: Props) {
  const { width, height, layers, markers, inset, fontSize } = drawing;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="daybook-map block h-auto w-full"
      role={link ? "group" : "img"}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontSize={fontSize}
      data-map={drawing.scope}
      data-base={drawing.base}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        <rect width={width} height={height} className="map-water" />
        <path d={layers.land} className="map-land" />
        {layers.regions ? <path d={layers.regions} className="map-regions" /> : null}
        {layers.lakes ? <path d={layers.lakes} className="map-lakes" /> : null}
        {layers.rivers ? <path d={layers.rivers} className="map-rivers" /> : null}
        {layers.borders ? <path d={layers.borders} className="map-borders" /> : null}
        {inset ? <path d={inset} className="map-inset" /> : null}
      </g>
      {markers.map((marker) =>
        link ? (
          <a key={marker.slug} href={link.href(marker)} aria-label={link.name(marker)} data-place={marker.slug}>
            {/* A small marker keeps a finger-sized target. */}
            {marker.r < 8 ? <circle cx={marker.x} cy={marker.y} r={8} className="map-target" /> : null}
            <Marker marker={marker} style={style} />
            <Label marker={marker} />
          </a>
        ) : (
          <g key={marker.slug} data-place={marker.slug}>
            <Marker marker={marker} style={style} />
            <Label marker={marker} />
          </g>
        ),
      )}
    </svg>
  );
}
