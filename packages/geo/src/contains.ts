import type { MultiPolygon, Polygon, Position } from "geojson";
import { type Pt, pointInRing } from "./segments.ts";

/**
 * True when a [lng, lat] position lies inside a Polygon or MultiPolygon
 * (inside a shell and outside its holes). Points exactly on a boundary may
 * go either way: callers that care keep a margin.
 */
export function pointInPolygon(position: Position, geometry: Polygon | MultiPolygon): boolean {
  const p: Pt = [position[0] as number, position[1] as number];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([shell, ...holes]) =>
      shell !== undefined && pointInRing(p, shell) && !holes.some((h) => pointInRing(p, h)),
  );
}
