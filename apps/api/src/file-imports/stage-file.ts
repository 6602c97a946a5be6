import { createHash } from "node:crypto";
import type { StageInput, StageRow } from "@lianpian/db";
import type { ImportIssue, ValueMaps } from "@lianpian/domain";
import type { ReadLimits, SourceFile } from "@lianpian/formats";
import { checkPositions, positionsOfRows, type SevenParams, toWgs84, webMapToWgs84 } from "@lianpian/geo";
import type { Geometry } from "geojson";
import { type ApiError, apiError } from "../errors.ts";
import { readInWorker, type WorkerRead } from "./read-in-worker.ts";
import { type CrsPlan, resolveCrs } from "./resolve-crs.ts";

/** What the user chose for a file (all optional). */
export interface StageChoices {
  encoding?: string | undefined;
  crs?: string | undefined;
  mapping?: unknown;
  valueMaps?: ValueMaps | undefined;
  sourceLayer?: string | undefined;
  datumParams?: SevenParams | undefined;
}

const REFUSALS: Record<Exclude<WorkerRead, { ok: true }>["code"], Parameters<typeof apiError>[0]> = {
  unsupported_format: "import_unsupported_format",
  corrupt_file: "import_corrupt_file",
  zip_too_many_entries: "import_zip_too_many_entries",
  zip_too_large: "import_zip_too_large",
  missing_part: "import_missing_part",
  too_many_features: "import_too_many_features",
  too_many_vertices: "import_too_many_vertices",
  no_layers: "import_no_layers",
  unknown_layer: "import_unknown_source_layer",
  unknown_encoding: "import_unknown_encoding",
  timeout: "import_timeout",
  worker_failed: "import_corrupt_file",
};

/** A reader's refusal as our 4xx (zh/en from the catalogue, the reader's reason in details). */
function refusalError(r: Exclude<WorkerRead, { ok: true }>): ApiError {
  return apiError(REFUSALS[r.code], { reason: r.message, ...(r.details ? { details: r.details } : {}) });
}

function toWgs84By(plan: CrsPlan, g: Geometry): Geometry | null {
  if (plan.kind === "refused") return null;
  return plan.kind === "web" ? webMapToWgs84(g, plan.system) : toWgs84(g, plan.ref);
}

/**
 * Reads an uploaded file in a worker (bounded by the limits and the time
 * limit), resolves its CRS, converts every row to EPSG:4326 and checks the
 * raw positions (exchanged axes, outside Shanxi): what saveStagedImport stores.
 * Throws our 4xx for a file that cannot be read.
 */
export async function stageFile(
  layer: string,
  fileName: string,
  bytes: Uint8Array,
  choices: StageChoices,
  bounds: { limits: Partial<ReadLimits>; timeoutMs: number },
): Promise<StageInput> {
  const read = await readInWorker(
    bytes,
    {
      fileName,
      limits: bounds.limits,
      ...(choices.encoding ? { encoding: choices.encoding } : {}),
      ...(choices.sourceLayer ? { layer: choices.sourceLayer } : {}),
    },
    bounds.timeoutMs,
  );
  if (!read.ok) throw refusalError(read);
  const file: SourceFile = read.file;
  const source = file.layers[0];
  if (!source) throw apiError("import_no_layers");
  const { plan, warnings } = resolveCrs(choices.crs, source.crs, choices.datumParams);
  const fileErrors: ImportIssue[] = plan.kind === "refused" ? [plan.issue] : [];
  const rows: StageRow[] = source.features.map((f) => {
    const errors: ImportIssue[] = (f.problems ?? []).map((p) => ({
      row: f.row,
      field: p.field,
      code: "unreadable_value",
      message: p.message,
      message_en: p.message,
      details: { reader_code: p.code },
    }));
    let geometry: Geometry | null = null;
    if (f.geometry) {
      try {
        geometry = toWgs84By(plan, f.geometry);
      } catch (e) {
        errors.push({
          row: f.row,
          field: "geometry",
          code: "geometry_invalid",
          message: "坐标无法转换",
          message_en: `The coordinates cannot be converted: ${e instanceof Error ? e.message : e}`,
        });
      }
    }
    return { row: f.row, properties: f.properties, sourceGeometry: f.geometry, geometry, errors };
  });
  if (plan.kind === "crs") {
    for (const w of checkPositions(positionsOfRows(source.features), plan.ref)) {
      warnings.push({
        row: w.rows[0] ?? null,
        field: "geometry",
        code: w.code,
        message: w.message_zh,
        message_en: w.message_en,
        details: { rows: w.rows, count: w.count },
      });
    }
  }
  return {
    layer,
    fileName,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes,
    format: file.format,
    sourceLayer: choices.sourceLayer ?? (read.layers.length > 1 ? source.name : null),
    sourceLayers: read.layers,
    crs: plan.label,
    sourceSrid: plan.kind === "crs" ? plan.srid : plan.kind === "web" ? 4326 : null,
    encoding: file.encoding,
    sourceFields: source.fields,
    mapping: choices.mapping ?? null,
    valueMaps: choices.valueMaps ?? {},
    fileErrors,
    warnings,
    rows,
  };
}
