/**
 * A local plane over Jincheng for placing things in metres: equirectangular
 * about 112.75°E, 35.65°N. Distances are right to about 1 % across the city,
 * which the placement margins absorb; geometry that is published (mine
 * corners) is built in the real GK zones instead.
 */
export type LngLat = [number, number];
export type XY = [number, number];

const LNG0 = 112.75;
const LAT0 = 35.65;
const M_PER_DEG_LAT = 110_950;
const M_PER_DEG_LNG = 111_320 * Math.cos((LAT0 * Math.PI) / 180);

export function toLocal([lng, lat]: readonly [number, number]): XY {
  return [(lng - LNG0) * M_PER_DEG_LNG, (lat - LAT0) * M_PER_DEG_LAT];
}

export function fromLocal([x, y]: readonly [number, number]): LngLat {
  return [LNG0 + x / M_PER_DEG_LNG, LAT0 + y / M_PER_DEG_LAT];
}

export function distance(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Distance from p to the segment a–b (all in the local plane). */
export function distanceToSegment(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from p to the nearest point of a polyline or ring. */
export function distanceToPath(
  p: readonly [number, number],
  path: readonly (readonly [number, number])[],
): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < path.length; i++) {
    best = Math.min(best, distanceToSegment(p, path[i - 1] as XY, path[i] as XY));
  }
  return best;
}

/** Rounds a position to `digits` decimals (7 ≈ 1 cm): smaller, stable JSON. */
export function roundPosition([lng, lat]: readonly [number, number], digits = 7): LngLat {
  const f = 10 ** digits;
  return [Math.round(lng * f) / f, Math.round(lat * f) / f];
}

/** A closed ring with the given orientation: counter-clockwise for shells (RFC 7946), clockwise for holes. */
export function orientRing(ring: LngLat[], ccw: boolean): LngLat[] {
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as LngLat;
    const b = ring[i + 1] as LngLat;
    twice += (b[0] - a[0]) * (b[1] + a[1]);
  }
  const isCcw = twice < 0;
  return isCcw === ccw ? ring : [...ring].reverse();
}

/** Closes an open ring by repeating its first point. */
export function close(ring: LngLat[]): LngLat[] {
  const first = ring[0] as LngLat;
  return [...ring, [first[0], first[1]]];
}
