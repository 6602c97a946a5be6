/** Web-Mercator tile arithmetic for the offline area: which tiles cover a bbox, and how many. */
import { tileOf } from "@lianpian/domain";

export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** The inclusive tile ranges covering a bbox at zoom z. */
function tileRange(bbox: Bbox, z: number) {
  const [w, s, e, n] = bbox;
  const a = tileOf(w, n, z);
  const b = tileOf(e, s, z);
  return { minX: a.x, maxX: b.x, minY: a.y, maxY: b.y };
}

/** How many tiles cover a bbox over a zoom range (inclusive). */
export function countTiles(bbox: Bbox, minZoom: number, maxZoom: number): number {
  let total = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    total += (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
  }
  return total;
}

/** The z/x/y of every tile covering a bbox, low zooms first; throws past `cap` (a bounded list). */
export function listTiles(
  bbox: Bbox,
  minZoom: number,
  maxZoom: number,
  cap: number,
): [number, number, number][] {
  if (countTiles(bbox, minZoom, maxZoom) > cap) throw new Error(`more than ${cap} tiles`);
  const out: [number, number, number][] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) out.push([z, x, y]);
  }
  return out;
}

/** A bbox of `radiusM` metres around a position (a square, good enough for a download area). */
export function bboxAround(lng: number, lat: number, radiusM: number): Bbox {
  const dLat = radiusM / 110_950;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/** The bbox of some positions grown by `marginM` metres, or null for none. */
export function bboxOf(points: readonly (readonly [number, number])[], marginM: number): Bbox | null {
  if (points.length === 0) return null;
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const [lng, lat] of points) {
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  const [gw, gs] = bboxAround(w, s, marginM);
  const [, , ge, gn] = bboxAround(e, n, marginM);
  return [gw, gs, ge, gn];
}
