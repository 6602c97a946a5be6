import { zipSync } from "fflate";
import type { Geometry, Position } from "geojson";
import { wktFor } from "./crs-wkt.ts";
import { type ShapeKind, type ShapeParts, writeShapes } from "./shp-records.ts";
import { FormatError, type WriteInput, type WrittenFile } from "./types.ts";
import { dbfColumns, writeDbf } from "./write-dbf.ts";

/**
 * A zipped shapefile set: .shp/.shx by shp-write's record writers (one set per geometry kind
 * when the features mix them), .dbf by dbffile in UTF-8 or GBK, .prj from the
 * CRS's WKT, .cpg naming the encoding. Features without geometry are left out.
 */
export async function writeShapefile(input: WriteInput): Promise<WrittenFile> {
  const encoding = input.encoding === "gbk" ? "gbk" : "utf-8";
  const groups = new Map<ShapeKind, { geometry: Geometry; properties: Record<string, unknown> }[]>();
  for (const feature of input.features) {
    if (!feature.geometry) continue;
    const kind = kindOf(feature.geometry);
    const group = groups.get(kind) ?? [];
    group.push({ geometry: feature.geometry, properties: feature.properties });
    groups.set(kind, group);
  }
  if (groups.size === 0) groups.set("polygon", []);
  const columns = dbfColumns(input.fields, encoding);
  const files: Record<string, Uint8Array> = {};
  for (const [kind, features] of groups) {
    const base = groups.size === 1 ? input.name : `${input.name}_${kind}`;
    const { shp, shx } = shapes(
      kind,
      features.map((f) => f.geometry),
    );
    files[`${base}.shp`] = shp;
    files[`${base}.shx`] = shx;
    files[`${base}.dbf`] = await writeDbf(
      columns,
      features.map((f) => f.properties),
      encoding,
    );
    files[`${base}.prj`] = new TextEncoder().encode(wktFor(input.crs, "esri"));
    files[`${base}.cpg`] = new TextEncoder().encode(encoding === "gbk" ? "GBK" : "UTF-8");
  }
  return { bytes: zipSync(files), contentType: "application/zip", fileName: `${input.name}.zip` };
}

function kindOf(geometry: Geometry): ShapeKind {
  switch (geometry.type) {
    case "Point":
      return "point";
    case "LineString":
    case "MultiLineString":
      return "line";
    case "Polygon":
    case "MultiPolygon":
      return "polygon";
    default:
      throw new FormatError("unsupported_format", `A shapefile cannot hold a ${geometry.type}.`);
  }
}

// Each shape is given as its list of parts; polygon outlines run clockwise
// and holes anticlockwise, as the shapefile format requires.
function shapes(kind: ShapeKind, geometries: Geometry[]): { shp: Uint8Array; shx: Uint8Array } {
  return writeShapes(kind, geometries.map(partsOf));
}

function partsOf(g: Geometry): ShapeParts {
  switch (g.type) {
    case "Point":
      return g.coordinates.slice(0, 2);
    case "LineString":
      return [g.coordinates];
    case "MultiLineString":
      return g.coordinates;
    case "Polygon":
      return orient(g.coordinates);
    case "MultiPolygon":
      return g.coordinates.flatMap(orient);
    default:
      throw new FormatError("unsupported_format", `A shapefile cannot hold a ${g.type}.`);
  }
}

function orient(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (i === 0) ? ring : [...ring].reverse();
  });
}

/** Shoelace area: positive when the ring runs anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}
