import type { MultiPolygon, Polygon } from "geojson";

/** The outline as one Polygon when it has one part (terra-draw edits Polygons only), else null. */
export function singlePolygon(outline: Polygon | MultiPolygon | null): Polygon | null {
  if (!outline) return null;
  if (outline.type === "Polygon") return outline;
  const [only, ...rest] = outline.coordinates;
  return only && rest.length === 0 ? { type: "Polygon", coordinates: only } : null;
}
