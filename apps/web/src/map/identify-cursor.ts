import type { Locale } from "../i18n/locale.ts";

type Geo = typeof import("./gk-cursor-projection.ts");
/** The GK projection (proj4) loads with the first cursor move or readout, not with the page. */
let geo: Geo | null = null;
let loading: Promise<Geo> | null = null;
/** Loads the GK projection code; resolves once `cursorPlace` can answer. */
export function loadCursorProjection(): Promise<Geo> {
  loading ??= import("./gk-cursor-projection.ts").then((m) => {
    geo = m;
    return m;
  });
  return loading;
}

/** The cursor's place as a planner reads it: lon/lat and X/Y in its CGCS2000 3° GK zone. */
export interface CursorPlace {
  lng: number;
  lat: number;
  /** Northing (X) and easting (Y, without the zone prefix), metres. */
  x: number;
  y: number;
  zone: number;
}

/** Where the cursor is, in both systems; null outside China's GK zones or before the projection code has loaded. */
export function cursorPlace([lng, lat]: [number, number]): CursorPlace | null {
  if (!geo) {
    void loadCursorProjection();
    return null;
  }
  try {
    return { lng, lat, ...geo.gkCursorPlace(lng, lat) };
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
