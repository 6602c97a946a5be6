import type { MultiPolygon, Polygon } from "geojson";

export type Polygonal = Polygon | MultiPolygon;

/**
 * The polygonal outline of a GeoJSON file (a geometry, a feature or a
 * collection): its one polygon, or its polygons joined into a MultiPolygon;
 * null when it holds none. Coordinates are taken as EPSG:4326 [lng, lat].
 */
export function outlineOfGeoJson(text: string): Polygonal | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const polygons: Polygon["coordinates"][] = [];
  const visit = (g: unknown): void => {
    const o = g as { type?: string; coordinates?: unknown; geometry?: unknown; features?: unknown[] };
    if (!o || typeof o !== "object") return;
    if (o.type === "FeatureCollection" && Array.isArray(o.features)) o.features.forEach(visit);
    else if (o.type === "Feature") visit(o.geometry);
    else if (o.type === "Polygon") polygons.push(o.coordinates as Polygon["coordinates"]);
    else if (o.type === "MultiPolygon") polygons.push(...(o.coordinates as MultiPolygon["coordinates"]));
  };
  visit(json);
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: "Polygon", coordinates: polygons[0] as Polygon["coordinates"] };
  return { type: "MultiPolygon", coordinates: polygons };
}
