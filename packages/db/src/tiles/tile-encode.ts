import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { TileLayer } from "./layers.ts";
import { TILE_EXTENT } from "./tile-math.ts";
import type { PortableTileRow } from "./tile-query.ts";

type Position = [number, number];
type TileGeometry =
  | { type: "Point"; coordinates: Position }
  | { type: "MultiPoint" | "LineString"; coordinates: Position[] }
  | { type: "MultiLineString" | "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };

/** A feature as vt-pbf's geojson-vt wrapper reads it: type 1 point, 2 line, 3 polygon. */
interface VtFeature {
  id: number;
  type: 1 | 2 | 3;
  tags: Record<string, string | number | boolean>;
  geometry: Position[] | Position[][];
}

/**
 * Geometry in tile units to the point/line/ring lists of MVT. Polygons come
 * from SQL already wound for MVT (ST_ForcePolygonCCW in y-down units), so
 * rings are written as they are: exterior, its holes, the next exterior…
 */
function toVtGeometry(g: TileGeometry): { type: 1 | 2 | 3; geometry: Position[] | Position[][] } {
  switch (g.type) {
    case "Point":
      return { type: 1, geometry: [g.coordinates] };
    case "MultiPoint":
      return { type: 1, geometry: g.coordinates };
    case "LineString":
      return { type: 2, geometry: [g.coordinates] };
    case "MultiLineString":
      return { type: 2, geometry: g.coordinates };
    case "Polygon":
      return { type: 3, geometry: g.coordinates };
    case "MultiPolygon":
      return { type: 3, geometry: g.coordinates.flat() };
  }
}

/**
 * Encodes the rows of a portable tile query as one MVT layer (version 2,
 * extent 4096), like ST_AsMVT: feature id from `__fid`, NULL fields left
 * out. Returns an empty buffer when there is no feature.
 */
export function encodePortableTile(layer: TileLayer, rows: readonly PortableTileRow[]): Buffer {
  if (rows.length === 0) return Buffer.alloc(0);
  const features: VtFeature[] = rows.map((row) => {
    const tags: VtFeature["tags"] = {};
    for (const field of layer.fields) {
      const value = row[field.name];
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        tags[field.name] = value;
      }
    }
    return { id: row.__fid, tags, ...toVtGeometry(JSON.parse(row.__geom) as TileGeometry) };
  });
  // vt-pbf's types name geojson-vt's tile; our features have exactly the fields it reads.
  const layers = { [layer.name]: { features } } as unknown as Parameters<typeof fromGeojsonVt>[0];
  const bytes = fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
