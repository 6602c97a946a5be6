import type { Geometry, Position } from "geojson";
import { DEFAULT_READ_LIMITS, FormatError, type ReadLimits } from "./types.ts";

/** The limits of a read: the defaults with the caller's overrides. */
export function resolveLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...limits };
}

/** Counts features and vertices across a whole read and refuses the file past a limit. */
export class ReadBudget {
  private features = 0;
  private vertices = 0;

  constructor(readonly limits: ReadLimits) {}

  /** Counts one feature and its vertices; throws FormatError past a limit. */
  count(geometry: Geometry | null): void {
    this.features += 1;
    if (this.features > this.limits.maxFeatures) {
      throw new FormatError(
        "too_many_features",
        `The file has more than ${this.limits.maxFeatures} features.`,
        { limit: this.limits.maxFeatures },
      );
    }
    this.vertices += vertexCount(geometry);
    if (this.vertices > this.limits.maxVertices) {
      throw new FormatError(
        "too_many_vertices",
        `The file has more than ${this.limits.maxVertices} vertices.`,
        { limit: this.limits.maxVertices },
      );
    }
  }
}

/** The number of positions in a geometry. */
function vertexCount(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case "Point":
      return 1;
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates.length;
    case "MultiLineString":
    case "Polygon":
      return sum(geometry.coordinates);
    case "MultiPolygon":
      return geometry.coordinates.reduce((n, polygon) => n + sum(polygon), 0);
    case "GeometryCollection":
      return geometry.geometries.reduce((n, g) => n + vertexCount(g), 0);
  }
}

function sum(parts: Position[][]): number {
  return parts.reduce((n, part) => n + part.length, 0);
}
