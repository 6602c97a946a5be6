import type { Geometry, Position } from "geojson";
import type { ApiFailure } from "../../platform/api-client.ts";
import type { ImportIssue, StagedFeatures, StagedImport } from "./import-types.ts";

/** The controls of the import page a server refusal can belong to. */
export type ImportControl = "file" | "layer" | "encoding" | "crs" | "mapping" | "commit";

const CONTROL_OF_FIELD: Record<string, ImportControl> = {
  file: "file",
  layer: "layer",
  encoding: "encoding",
  crs: "crs",
  datum_params: "crs",
  mapping: "mapping",
};

/**
 * Which control a refusal belongs beside: the field the API names in its details, else what its
 * code is about (a file that cannot be read, an encoding, a coordinate system, a mapping).
 */
export function controlOf(failure: ApiFailure, fallback: ImportControl): ImportControl {
  const field = (failure.details as { field?: unknown } | null | undefined)?.field;
  if (typeof field === "string" && CONTROL_OF_FIELD[field]) return CONTROL_OF_FIELD[field];
  const code = failure.code.toLowerCase();
  if (code.includes("encoding")) return "encoding";
  if (code.includes("crs") || code.includes("datum") || code.includes("coordinate")) return "crs";
  if (code.includes("mapping")) return "mapping";
  if (code.includes("layer") && fallback === "file") return "file";
  if (/format|corrupt|zip|missing_part|too_many|too_large|no_layers|file|upload|payload/.test(code))
    return "file";
  return fallback;
}

/** Rows that have at least one error, ascending: the rows "skip error rows" leaves out. */
export function errorRows(staged: Pick<StagedImport, "errors">): number[] {
  const rows = new Set<number>();
  for (const e of staged.errors) if (e.row !== null) rows.add(e.row);
  return [...rows].sort((a, b) => a - b);
}

/** Errors a commit with these options would still stop at: those of rows not skipped, bar invalid geometry when repaired (as the API counts them). */
export function blockingErrors(
  errors: readonly ImportIssue[],
  options: { skip: boolean; repair: boolean },
): ImportIssue[] {
  return errors.filter(
    (e) => !(options.skip && e.row !== null) && !(options.repair && e.code === "geometry_invalid"),
  );
}

/** A message in the page's language (the server sends both). */
export const issueText = (issue: Pick<ImportIssue, "message" | "message_en">, locale: "zh" | "en") =>
  locale === "zh" ? issue.message : issue.message_en || issue.message;

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case "Point":
      return [g.coordinates];
    case "MultiPoint":
    case "LineString":
      return g.coordinates;
    case "MultiLineString":
    case "Polygon":
      return g.coordinates.flat();
    case "MultiPolygon":
      return g.coordinates.flat(2);
    case "GeometryCollection":
      return g.geometries.flatMap(positionsOf);
  }
}

export type Bounds = [[number, number], [number, number]];

/** The bounds of the staged features (of one row when given); null when there is no geometry. */
export function stagedBounds(features: StagedFeatures, row?: number): Bounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of features.features) {
    if (!f.geometry || (row !== undefined && f.properties?.row !== row)) continue;
    for (const [x, y] of positionsOf(f.geometry) as [number, number][]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return minX <= maxX
    ? [
        [minX, minY],
        [maxX, maxY],
      ]
    : null;
}
