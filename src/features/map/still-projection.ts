import { geoArea, geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';

/*
 * The still's map projection: Web Mercator at a fixed centre and zoom, as Leaflet's EPSG:3857
 * draws the live map (256 px tiles), with no tiles and no fitting to a box.
 */

/**
 * The still's view: the centre of Pakistan and Afghanistan's extent (the live map's bounds,
 * 23.69–38.48° N, 60.49–77.05° E, its middle in Mercator) at the zoom that fits that extent into
 * the still's map with the live map's step of 0.25.
 */
export const STILL_CENTER: readonly [lon: number, lat: number] = [68.77, 31.45];
export const STILL_ZOOM = 5.25;
/** The map's height in the still, px; its width is the still's. */
export const STILL_MAP_HEIGHT = 520;

/**
 * Web Mercator as Leaflet has it at `zoom` (the world 256 × 2^zoom px wide), moved so the still's
 * centre is in the middle of a `width` × `height` frame, and clipped to that frame.
 */
export function stillProjection(width: number, height: number): GeoProjection {
  const world = 256 * 2 ** STILL_ZOOM;
  const projection = geoMercator()
    .scale(world / (2 * Math.PI))
    .translate([world / 2, world / 2])
    .precision(0);
  const [cx, cy] = projection([...STILL_CENTER]) ?? [world / 2, world / 2];
  return projection
    .translate([world / 2 + width / 2 - cx, world / 2 + height / 2 - cy])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

type Rings = Position[][];

/** A polygon's rings as d3-geo reads them: on the sphere, the outer ring clockwise. */
function d3Polygon(rings: Rings): Rings {
  // The boundaries follow GeoJSON's right-hand rule (outer ring anticlockwise), which d3-geo reads
  // as the rest of the globe: such a polygon covers more than half the sphere.
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
    ? rings.map((ring) => [...ring].reverse())
    : rings;
}

/** The feature with its polygons wound as d3-geo expects; lines are left as they are. */
export function forD3<F extends Feature<Geometry>>(feature: F): F {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') {
    return { ...feature, geometry: { ...geometry, coordinates: d3Polygon(geometry.coordinates) } };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      ...feature,
      geometry: { ...geometry, coordinates: geometry.coordinates.map(d3Polygon) },
    };
  }
  return feature;
}
