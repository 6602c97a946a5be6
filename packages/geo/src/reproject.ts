/**
 * GeoJSON geometries from one CRS to another through proj4, ring structure
 * and any third ordinate kept. A CRS is a registry SRID, or a proj4 / WKT
 * text (customDatumCrs for Xi'an 80 / Beijing 54 with seven parameters).
 */
import type { Geometry, Position } from "geojson";
import proj4, { type Converter } from "proj4";
import { crsInfo } from "./crs.ts";

/** A registry SRID, or a proj4 or WKT definition. */
export type CrsRef = number | string;

function definitionOf(ref: CrsRef): string {
  if (typeof ref === "string") return ref;
  const info = crsInfo(ref);
  if (!info) throw new RangeError(`not a supported SRID: ${ref}`);
  return info.proj4;
}

// proj4 parses a definition on every call unless the converter is kept.
const converters = new Map<string, Converter>();
const MAX_KEPT = 200;

function converterFor(from: CrsRef, to: CrsRef): Converter {
  const key = `${from}\u0000${to}`;
  let c = converters.get(key);
  if (!c) {
    c = proj4(definitionOf(from), definitionOf(to));
    if (converters.size >= MAX_KEPT) converters.clear();
    converters.set(key, c);
  }
  return c;
}

/** One position from `from` to `to`; [x, y] is [lng, lat] or [easting, northing]. */
export function reprojectPosition(position: Position, from: CrsRef, to: CrsRef): Position {
  const [x, y, ...rest] = position;
  if (x === undefined || y === undefined) throw new RangeError("a position needs x and y");
  const [tx, ty] = converterFor(from, to).forward([x, y]) as [number, number];
  return [tx, ty, ...rest];
}

/**
 * A geometry of any GeoJSON type reprojected, a new object (the input is
 * left as it was). Throws RangeError for an unknown SRID.
 * @example reprojectGeometry({ type: "Point", coordinates: [608742.749, 3941823.501] }, 4546, 4326)
 */
export function reprojectGeometry<G extends Geometry>(geometry: G, from: CrsRef, to: CrsRef): G {
  if (from === to) return structuredClone(geometry);
  const convert = converterFor(from, to);
  const p = (pos: Position): Position => {
    const [x, y, ...rest] = pos;
    const [tx, ty] = convert.forward([x as number, y as number]) as [number, number];
    return [tx, ty, ...rest];
  };
  return mapGeometry(geometry, p);
}

/** A geometry into EPSG:4326 [lng, lat] — how Lianpian stores it. */
export function toWgs84<G extends Geometry>(geometry: G, from: CrsRef): G {
  return reprojectGeometry(geometry, from, 4326);
}

/** Applies `p` to every position, keeping the nesting of rings, parts and collections. */
export function mapGeometry<G extends Geometry>(geometry: G, p: (pos: Position) => Position): G {
  const g = geometry as Geometry;
  switch (g.type) {
    case "Point":
      return { ...g, coordinates: p(g.coordinates) } as G;
    case "MultiPoint":
    case "LineString":
      return { ...g, coordinates: g.coordinates.map(p) } as G;
    case "MultiLineString":
    case "Polygon":
      return { ...g, coordinates: g.coordinates.map((line) => line.map(p)) } as G;
    case "MultiPolygon":
      return { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(p))) } as G;
    case "GeometryCollection":
      return { ...g, geometries: g.geometries.map((child) => mapGeometry(child, p)) } as G;
  }
}
