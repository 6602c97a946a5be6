import type { Geometry } from "geojson";
import { to2d } from "./geometry-2d.ts";
import type { ReadBudget } from "./limits.ts";
import { plainProperties } from "./properties.ts";
import { type DeclaredCrs, FormatError, type SourceFeature, type SourceLayer } from "./types.ts";

const GEOMETRY_TYPES = new Set([
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
]);

/** Reads a GeoJSON FeatureCollection, Feature or bare geometry; a legacy `crs` member names the EPSG, else 4326. */
export function readGeoJson(bytes: Uint8Array, name: string, budget: ReadBudget): SourceLayer {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    throw new FormatError("corrupt_file", "The GeoJSON file is not valid JSON.");
  }
  const root = doc as { type?: string; features?: unknown; crs?: unknown };
  let items: { properties?: unknown; geometry?: unknown }[];
  if (root?.type === "FeatureCollection" && Array.isArray(root.features)) items = root.features;
  else if (root?.type === "Feature") items = [root as { properties?: unknown; geometry?: unknown }];
  else if (typeof root?.type === "string" && GEOMETRY_TYPES.has(root.type))
    items = [{ properties: {}, geometry: root }];
  else
    throw new FormatError(
      "corrupt_file",
      "The JSON file is not GeoJSON (no FeatureCollection, Feature or geometry).",
    );

  const fields: string[] = [];
  const seen = new Set<string>();
  const features: SourceFeature[] = items.map((item, i) => {
    const geometry = to2d(validGeometry(item?.geometry, i + 1));
    budget.count(geometry);
    const properties = plainProperties((item?.properties ?? {}) as Record<string, unknown>);
    for (const key of Object.keys(properties)) {
      if (!seen.has(key)) {
        seen.add(key);
        fields.push(key);
      }
    }
    return { row: i + 1, properties, geometry };
  });
  return { name, fields, crs: declaredCrs(root.crs), features };
}

function validGeometry(value: unknown, row: number): Geometry | null {
  if (value == null) return null;
  const g = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof g.type !== "string" || !GEOMETRY_TYPES.has(g.type)) {
    throw new FormatError("corrupt_file", `Feature ${row} has an unknown geometry type.`, { row });
  }
  if (g.type === "GeometryCollection" ? !Array.isArray(g.geometries) : !Array.isArray(g.coordinates)) {
    throw new FormatError("corrupt_file", `Feature ${row} has a geometry without coordinates.`, { row });
  }
  return value as Geometry;
}

/** The EPSG code of a legacy GeoJSON `crs` member ("EPSG:4547", "urn:ogc:def:crs:EPSG::4547"); 4326 when absent. */
function declaredCrs(crs: unknown): DeclaredCrs {
  const name = (crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name !== "string") return { epsg: 4326 };
  if (/CRS84$/i.test(name)) return { epsg: 4326 };
  const match = /EPSG:+(?:[\d.]*:)?(\d+)$/i.exec(name);
  return match ? { epsg: Number(match[1]) } : { description: name };
}
