/**
 * Names of the vector tile layers, in drawing-list order; each is also its MVT source-layer name.
 * The single list the API's tile registry, the operations' selectable layers and the web map all read.
 */
export const TILE_LAYER_NAMES = [
  "counties",
  "rivers",
  "transport",
  "villages",
  "protected_areas",
  "mines",
  "subsidence",
  "hazards",
  "corridors",
  "zones",
  "check_dams",
] as const;
export type TileLayerName = (typeof TILE_LAYER_NAMES)[number];

/**
 * The tile grid every layer is cut on: MVT extent (units across a tile), the
 * buffer beyond each edge (as in ST_AsMVTGeom's defaults we use), and the
 * deepest zoom with tiles (a map zoomed further draws these, overzoomed).
 */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
export const TILE_MAX_ZOOM = 16;

/** Web Mercator stops at this latitude: the tile grid is square. */
const MERCATOR_MAX_LAT = 85.0511287798;

/** Web Mercator northing of a latitude in degrees, on the unit sphere (0 at the equator, π at the grid's top). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

/** The latitude in degrees of a Web Mercator northing (the inverse of mercatorY). */
export function latitudeOfMercatorY(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
}

/** A position in tiles of zoom z, fractional, counted from the world's north-west corner (y down). */
export function tileCoordinates(lng: number, lat: number, z: number): [x: number, y: number] {
  const n = 2 ** z;
  return [((lng + 180) / 360) * n, ((1 - mercatorY(lat) / Math.PI) / 2) * n];
}

/** The tile holding a position at zoom z. */
export function tileOf(lng: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const [x, y] = tileCoordinates(lng, lat, z).map((c) => Math.min(n - 1, Math.max(0, Math.floor(c))));
  return { x: x as number, y: y as number };
}
