/** Angles: parseAngle reads decimal, DMS and ddd.mmss text; formatDms writes 112°30′15.20″. */
export type { AngleMode, AngleRefusal, AngleResult } from "./angle.ts";
export { formatDms, parseAngle } from "./angle.ts";
/** Point-in-polygon test on [lng, lat] rings. */
export { pointInPolygon } from "./contains.ts";
/** A zone's 拐点坐标表: J-numbered corners ring by ring, X/Y in the GK zone to 0.01 m, DMS to 0.01″. */
export { type CornerRing, type CornerRow, type CornerTable, cornerTable } from "./corner-table.ts";
/** Registry types: an SRID, a GK SRID, a registry entry, a surveyor's corner (X northing, Y easting). */
export type { Corner, CrsInfo, ProjectedSrid, Srid, XY } from "./crs.ts";
/** The CRS registry (4326, 4490, every CGCS2000 GK zone), its WKT and GK conversions. */
export {
  CRS_REGISTRY,
  cornersToRing,
  crsInfo,
  fromProjected,
  gkZoneSrid,
  isProjectedSrid,
  isSupportedSrid,
  prjWkt,
  ringToCorners,
  toProjected,
} from "./crs.ts";
/** Why a declared CRS is refused, with zh/en messages. */
export type { CrsRefusal, CrsRefusalReason } from "./crs-refusal.ts";
/** The datum a free text names (国土 TXT 坐标系, WKT names). */
export { type DatumName, datumOfText } from "./datum-text.ts";
/** CGCS2000 GK zone arithmetic: zone ↔ EPSG code ↔ central meridian, the zone of a longitude or an easting. */
export type { GkZone, ZoneWidth } from "./gk-zones.ts";
export {
  centralMeridianOf,
  GK_ZONES,
  gkSrid,
  gkSridFor,
  gkSridOfEasting,
  gkZoneBySrid,
  gkZoneOfEasting,
  zoneOfCentralMeridian,
} from "./gk-zones.ts";
/** The 国土 TXT [属性描述] header (坐标系, 几度分带, 投影类型, 带号) to an EPSG code. */
export { type GuotuCrsResult, type GuotuHeader, sridFromGuotuHeader } from "./guotu.ts";
/** What a declared CRS (EPSG code, .prj/GeoPackage WKT, free text) means: a registry SRID or a refusal. */
export { type DeclaredCrsInput, type IdentifiedCrs, identifyCrs } from "./identify-crs.ts";
/** Areas and lengths on the CGCS2000 ellipsoid, and planar ring area. */
export { geodesicArea, geodesicCircle, geodesicDistance, geodesicLength, planarRingArea } from "./measure.ts";
/** Xi'an 80 / Beijing 54: recognised by EPSG code, completed by seven parameters into a proj4 definition. */
export { customDatumCrs, type OldDatum, oldDatumOfEpsg, type SevenParams } from "./old-datums.ts";
/** Import-preview checks of raw coordinates: exchanged axes, zone prefix mismatch, outside Shanxi. */
export {
  checkPositions,
  type PositionWarning,
  type PositionWarningCode,
  positionsOfRows,
  SHANXI_BBOX,
  type SourcePosition,
} from "./position-check.ts";
/** GeoJSON geometries between CRSs (registry SRID or proj4/WKT text), rings and parts kept. */
export { type CrsRef, mapGeometry, reprojectGeometry, reprojectPosition, toWgs84 } from "./reproject.ts";
/** 亩 / hectare conversions and area/length formatting. */
export * from "./units.ts";
/** Geometry validation against the layer's kind and size limits. */
export type { GeometryKind, GeometryLimits, ValidationReason, ValidationResult } from "./validation.ts";
export {
  DEFAULT_GEOMETRY_LIMITS,
  validateGeometry,
  validateLinear,
  validatePoint,
  validatePolygonal,
} from "./validation.ts";
/** Web-map pick-ups: GCJ-02 / BD-09 forward formulae and their iterative inverses to WGS 84. */
export {
  bd09ToGcj02,
  bd09ToWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  webMapToWgs84,
  wgs84ToBd09,
  wgs84ToGcj02,
} from "./web-map.ts";
