import { GEOMETRY_CAPS } from "@lianpian/domain";
import {
  type GeoJSONStoreFeatures,
  ValidateMinAreaSquareMeters,
  ValidateNotSelfIntersecting,
} from "terra-draw";

/** `vertexBlocked`: a vertex drag stopped because going on would make the outline cross itself. */
export type OutlineProblem = "selfIntersection" | "tooSmall" | "vertexBlocked";

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

/** The check of a vertex being dragged (terra-draw's provisional update): it may not cross an edge. */
export function dragProblem(feature: GeoJSONStoreFeatures): OutlineProblem | null {
  if (feature.geometry.type !== "Polygon") return null;
  return ValidateNotSelfIntersecting(feature).valid ? null : "vertexBlocked";
}
