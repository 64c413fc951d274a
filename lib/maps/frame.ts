import { geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";

/** A rectangle of longitude and latitude, in WGS84 decimal degrees (west < east: it never crosses 180°). */
export interface GeoExtent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Where a map is drawn: its projection fitted to a frame of `width` × `height` SVG units. */
export interface MapFrame {
  /** "region": a conflict's area; "world": the whole world, for places far from it. */
  kind: "region" | "world";
  /** The area a region map shows; places outside it are drawn on the world map. */
  extent?: GeoExtent;
  width: number;
  height: number;
  projection: GeoProjection;
  /** Identifies the frame in caches: the same key draws the same base map. */
  key: string;
}

/** Points along the edge of an extent: enough to fit a projection whose parallels curve. */
function outlineOf({ west, south, east, north }: GeoExtent): MultiPoint {
  const steps = 8;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = west + ((east - west) * i) / steps;
    const lat = south + ((north - south) * i) / steps;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: "MultiPoint", coordinates };
}

/**
 * A conformal conic projection of an extent (shapes stay true at a country's
 * scale), `width` units wide; the height follows the extent's shape, at most
 * `maxHeight`. Drawing is clipped to the frame.
 */
export function createRegionFrame(extent: GeoExtent, width: number, maxHeight = width): MapFrame {
  const { west, south, east, north } = extent;
  const span = north - south;
  const projection = geoConicConformal()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0]);
  const outline = outlineOf(extent);
  projection.fitWidth(width, outline);
  let [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  if (y1 - y0 > maxHeight) {
    projection.fitSize([width, maxHeight], outline);
    [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  }
  const height = Math.round(Math.min(maxHeight, y1 - y0));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { kind: "region", extent, width, height, projection, key: `region:${west},${south},${east},${north}@${width}x${height}` };
}

/** The whole world in the Equal Earth projection (areas true: no country looks larger than it is), `width` units wide. */
export function createWorldFrame(width: number): MapFrame {
  const projection = geoEqualEarth().fitWidth(width, { type: "Sphere" });
  const [[, y0], [, y1]] = geoPath(projection).bounds({ type: "Sphere" });
  const height = Math.round(y1 - y0);
  return { kind: "world", width, height, projection, key: `world@${width}x${height}` };
}

/** An extent grown by a share of its width and height on each side. */
export function padExtent({ west, south, east, north }: GeoExtent, share: number): GeoExtent {
  const x = (east - west) * share;
  const y = (north - south) * share;
  return { west: west - x, south: south - y, east: east + x, north: north + y };
}

/** True when a point lies in an extent. */
export function isInExtent(extent: GeoExtent, lon: number, lat: number): boolean {
  return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
}

/**
 * The extent around some points, padded by a share of its size on each side and
 * at least `minSpan` degrees across, so that one town still gets a readable area.
 */
export function computeExtent(points: readonly { lon: number; lat: number }[], pad = 0.2, minSpan = 2): GeoExtent | undefined {
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const grow = (low: number, high: number, limit: number): [number, number] => {
    const middle = (low + high) / 2;
    const half = Math.max((high - low) * (0.5 + pad), minSpan / 2);
    return [Math.max(-limit, middle - half), Math.min(limit, middle + half)];
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), 85);
  return { west, south, east, north };
}

/** True when every point along the frame's edges shows a place inside `data` (no edge of the data is in view). */
function isCoveredBy(frame: MapFrame, data: GeoExtent): boolean {
  const { width, height, projection } = frame;
  const step = 10;
  for (let t = 0; t <= 1; t += step / Math.max(width, height)) {
    for (const [x, y] of [
      [t * width, 0],
      [t * width, height],
      [0, t * height],
      [width, t * height],
    ] as const) {
      const point = projection.invert?.([x, y]);
      if (!point || !isInExtent(data, point[0], point[1])) return false;
    }
  }
  return true;
}

/**
 * The largest frame of a base map whose whole view lies within the data's
 * extent: a base map cut to a rectangle of longitude and latitude shows its cut
 * edges once projected (parallels curve), so the frame is shrunk until they are
 * out of view. Deterministic; computed once per conflict.
 */
export function createRegionFrameWithin(data: GeoExtent, width: number, maxHeight = width): MapFrame {
  let extent = data;
  for (let attempt = 0; attempt < 25; attempt++) {
    const frame = createRegionFrame(extent, width, maxHeight);
    if (isCoveredBy(frame, data)) return frame;
    const x = (extent.east - extent.west) * 0.01;
    const y = (extent.north - extent.south) * 0.01;
    extent = { west: extent.west + x, east: extent.east - x, south: extent.south + y, north: extent.north - y };
  }
  return createRegionFrame(extent, width, maxHeight);
}
