import { gkSridFor, gkZoneBySrid, toProjected } from "@lianpian/geo";

/** The cursor's X/Y in its CGCS2000 3° GK zone (this module, with proj4, loads on demand). */
export function gkCursorPlace(lng: number, lat: number): { x: number; y: number; zone: number } {
  const srid = gkSridFor(lng, { width: 3, prefix: false });
  const [e, n] = toProjected([lng, lat], srid);
  return { x: n, y: e, zone: gkZoneBySrid(srid)?.zone ?? 0 };
}
