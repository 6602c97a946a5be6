export { pointInPolygon } from "./contains.ts";
export type { Corner, CrsInfo, ProjectedSrid, Srid, XY } from "./crs.ts";
export {
  CRS_REGISTRY,
  cornersToRing,
  fromProjected,
  gkZoneSrid,
  isProjectedSrid,
  isSupportedSrid,
  ringToCorners,
  toProjected,
} from "./crs.ts";
export { geodesicArea, geodesicDistance, geodesicLength, planarRingArea } from "./measure.ts";
export * from "./units.ts";
export type { GeometryKind, GeometryLimits, ValidationReason, ValidationResult } from "./validation.ts";
export {
  DEFAULT_GEOMETRY_LIMITS,
  validateGeometry,
  validateLinear,
  validatePoint,
  validatePolygonal,
} from "./validation.ts";
