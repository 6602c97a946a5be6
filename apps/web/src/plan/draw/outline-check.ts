import { GEOMETRY_CAPS } from "@lianpian/domain";
import {
  type GeoJSONStoreFeatures,
  ValidateMinAreaSquareMeters,
  ValidateNotSelfIntersecting,
} from "terra-draw";

export type OutlineProblem = "selfIntersection" | "tooSmall";

/**
 * terra-draw's checks of a finished outline: no self-intersection and at
 * least the minimum zone area (1 亩), the same floor the API enforces.
 */
export function outlineProblem(feature: GeoJSONStoreFeatures): OutlineProblem | null {
  if (feature.geometry.type !== "Polygon") return null;
  if (!ValidateNotSelfIntersecting(feature).valid) return "selfIntersection";
  if (!ValidateMinAreaSquareMeters(feature, GEOMETRY_CAPS.minZoneAreaM2).valid) return "tooSmall";
  return null;
}
