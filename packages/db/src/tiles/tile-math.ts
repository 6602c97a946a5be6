import { latitudeOfMercatorY, TILE_EXTENT } from "@lianpian/domain";

// The grid and its Web Mercator arithmetic live in the domain package, where the web map reads them too.
export { TILE_BUFFER, TILE_EXTENT, tileOf } from "@lianpian/domain";
/** Highest zoom any request may name; layers stop earlier (see layers.ts). */
export const MAX_ZOOM = 22;

/** True when x and y are columns/rows of zoom z (0 … 2^z − 1). */
export function isTileInRange(z: number, x: number, y: number): boolean {
  const n = 2 ** z;
  return Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < n && y < n;
}

/** Latitude in degrees of the top edge of tile row y at zoom z (Web Mercator). */
function tileRowLatitude(z: number, y: number): number {
  return latitudeOfMercatorY(Math.PI * (1 - (2 * y) / 2 ** z));
}

/**
 * Half of one tile unit, in degrees, at the tile's edge farthest from the
 * equator (where a degree of latitude covers the fewest units). Used to
 * pre-simplify EPSG:4326 geometry: with the snap to whole units that
 * follows, every vertex stays within one unit of the original shape.
 */
export function simplifyToleranceDegrees(z: number, y: number): number {
  const lat = Math.max(Math.abs(tileRowLatitude(z, y)), Math.abs(tileRowLatitude(z, y + 1)));
  const unitDegrees = 360 / 2 ** z / TILE_EXTENT;
  return (unitDegrees * Math.cos((lat * Math.PI) / 180)) / 2;
}
