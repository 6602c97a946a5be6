import type { Geometry, MultiPolygon, Polygon } from "geojson";
import { Type } from "typebox";
import { JINCHENG_BBOX } from "../regions.ts";

const [west, south, east, north] = JINCHENG_BBOX;

/** Hard caps of geometry input (checked again in packages/geo and PostGIS). */
export const GEOMETRY_CAPS = {
  /** Vertices of one submitted geometry. */
  maxVertices: 20_000,
  /** Geometries plus feature references in one operation. */
  maxOperands: 200,
  /** Smallest zone: 1 亩 (10000/15 m²); anything smaller is a slip of the mouse. */
  minZoneAreaM2: 10_000 / 15,
  /** Where geometry may lie: Jincheng and a degree around it (Changzhi included). */
  serviceBbox: [west - 1, south - 1, east + 1, north + 1] as const,
} as const;

/**
 * A GeoJSON geometry as it arrives: the type from a fixed list and the
 * coordinates as arrays. The coordinates are checked in depth by
 * packages/geo's validation (clear zh/en reasons) and then by ST_IsValid.
 */
export const GeometryInput = Type.Unsafe<Geometry>(
  Type.Object(
    {
      type: Type.Enum(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]),
      coordinates: Type.Array(Type.Unknown(), { maxItems: GEOMETRY_CAPS.maxVertices }),
    },
    { description: "GeoJSON geometry in EPSG:4326 ([lng, lat])" },
  ),
);

/** A GeoJSON Polygon or MultiPolygon as it arrives. */
export const PolygonalInput = Type.Unsafe<Polygon | MultiPolygon>(
  Type.Object(
    {
      type: Type.Enum(["Polygon", "MultiPolygon"]),
      coordinates: Type.Array(Type.Unknown(), { maxItems: GEOMETRY_CAPS.maxVertices }),
    },
    { description: "GeoJSON Polygon or MultiPolygon in EPSG:4326 ([lng, lat])" },
  ),
);

/** A polygonal geometry as the API returns it. */
export const PolygonalOutput = Type.Unsafe<Polygon | MultiPolygon>(
  Type.Object({
    type: Type.Enum(["Polygon", "MultiPolygon"]),
    coordinates: Type.Array(Type.Unknown()),
  }),
);
