import type { ExportLayerDef, ExportRow, FeatureProperty } from "@lianpian/db";
import { exportProperties } from "@lianpian/db";
import {
  FormatError,
  type TargetField,
  type TargetFormat,
  type WrittenFile,
  writeTargetFile,
} from "@lianpian/formats";
import { prjWkt } from "@lianpian/geo";
import { apiError } from "../errors.ts";
import { declaredSrid } from "./export-crs.ts";

const FIELD_TYPE: Record<FeatureProperty["type"], TargetField["type"]> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date",
  "date-time": "string",
  "string[]": "string",
  "integer[]": "string",
  object: "string",
};

/** A value as a flat table holds it: lists joined by commas, objects as JSON text. */
function flat(value: unknown, type: FeatureProperty["type"]): unknown {
  if (value === null || value === undefined) return null;
  if (type === "string[]" || type === "integer[]") return (value as unknown[]).join(",");
  if (type === "object") return JSON.stringify(value);
  return value;
}

/** What the file is, apart from its rows. */
export interface ExportFileSpec {
  format: TargetFormat;
  srid: number;
  encoding: "utf-8" | "gbk";
  includePrivate: boolean;
  /** The file's base name (zh), e.g. 矿山_EPSG4547. */
  name: string;
}

/**
 * The layer's rows as a file: columns named by their zh labels (the names
 * the import matches, e.g. 矿山名称, 采矿许可证号), values flattened for
 * tables, the CRS's WKT from the geo registry.
 */
export async function writeLayerFile(
  layer: ExportLayerDef,
  rows: readonly ExportRow[],
  spec: ExportFileSpec,
): Promise<WrittenFile> {
  const props = exportProperties(layer, spec.includePrivate);
  const fields: TargetField[] = props.map((p) => ({ name: p.title.zh, type: FIELD_TYPE[p.type] }));
  const features = rows.map((r) => ({
    id: r.id,
    geometry: r.geometry,
    properties: Object.fromEntries(props.map((p) => [p.title.zh, flat(r.properties[p.name], p.type)])),
  }));
  const srid = declaredSrid(spec.format, spec.srid);
  try {
    return await writeTargetFile(spec.format, {
      name: spec.name,
      fields,
      features,
      crs: { epsg: srid, wkt: prjWkt(srid, "ogc") },
      encoding: spec.encoding,
    });
  } catch (error) {
    if (error instanceof FormatError) {
      throw apiError("export_not_possible", {
        reason: error.code,
        problem: error.message,
        details: error.details,
      });
    }
    throw error;
  }
}

/**
 * Content-Disposition for a download: an ASCII fallback name and the UTF-8
 * name (RFC 6266 / 5987), so 矿山_EPSG4547.zip arrives as written.
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
