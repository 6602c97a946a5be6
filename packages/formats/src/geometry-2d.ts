import type { Geometry, Position } from "geojson";

/** The geometry with every position cut to x, y (heights dropped; the layers are 2D). */
export function to2d(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case "Point":
      return { type: "Point", coordinates: xy(geometry.coordinates) };
    case "MultiPoint":
      return { type: "MultiPoint", coordinates: geometry.coordinates.map(xy) };
    case "LineString":
      return { type: "LineString", coordinates: geometry.coordinates.map(xy) };
    case "MultiLineString":
      return { type: "MultiLineString", coordinates: geometry.coordinates.map((l) => l.map(xy)) };
    case "Polygon":
      return { type: "Polygon", coordinates: geometry.coordinates.map((r) => r.map(xy)) };
    case "MultiPolygon":
      return { type: "MultiPolygon", coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(xy))) };
    case "GeometryCollection":
      return {
        type: "GeometryCollection",
        geometries: geometry.geometries.map((g) => to2d(g) as Geometry),
      };
  }
}

function xy(p: Position): Position {
  return [p[0] as number, p[1] as number];
}
