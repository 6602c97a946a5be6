import { gkSridFor, gkZoneBySrid, toProjected } from "@lianpian/geo";
import type { Locale } from "../i18n/locale.ts";

/** The cursor's place as a planner reads it: lon/lat and X/Y in its CGCS2000 3° GK zone. */
export interface CursorPlace {
  lng: number;
  lat: number;
  /** Northing (X) and easting (Y, without the zone prefix), metres. */
  x: number;
  y: number;
  zone: number;
}

/** Where the cursor is, in both systems; null outside China's GK zones. */
export function cursorPlace([lng, lat]: [number, number]): CursorPlace | null {
  try {
    const srid = gkSridFor(lng, { width: 3, prefix: false });
    const [e, n] = toProjected([lng, lat], srid);
    return { lng, lat, x: n, y: e, zone: gkZoneBySrid(srid)?.zone ?? 0 };
  } catch {
    return null;
  }
}

/** `经纬度 112.85000°E 35.49000°N · 3°带 38 X 3929000.0 Y 485000.0`, or its English. */
export function cursorText(lngLat: [number, number], locale: Locale): string {
  const [lng, lat] = lngLat;
  const ll = `${lng.toFixed(5)}°E ${lat.toFixed(5)}°N`;
  const place = cursorPlace(lngLat);
  const head = locale === "zh" ? "经纬度" : "Lon/lat";
  if (!place) return `${head} ${ll}`;
  const zone = locale === "zh" ? `3°带 ${place.zone}` : `GK zone ${place.zone}`;
  return `${head} ${ll} · ${zone} X ${place.x.toFixed(1)} Y ${place.y.toFixed(1)}`;
}
