import type { Geometry } from "geojson";
import wkx from "wkx";

/** The WKT text of a GeoJSON geometry (wkx), "" for none. */
export function geometryToWkt(geometry: Geometry | null): string {
  return geometry ? wkx.Geometry.parseGeoJSON(geometry).toWkt() : "";
}

/** A GeoJSON geometry from WKT text (wkx), or null when the text is not WKT. */
export function wktToGeometry(text: string): Geometry | null {
  try {
    return wkx.Geometry.parse(text.trim()).toGeoJSON() as Geometry;
  } catch {
    return null;
  }
}
