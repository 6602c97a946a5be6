import type { FieldMapping, ImportIssue, MappedValue, ValueMaps } from "@lianpian/domain";
import type { Geometry } from "geojson";

/** One row of a file as staged: raw attributes and coordinates, and its geometry in EPSG:4326. */
export interface StageRow {
  row: number;
  properties: Record<string, string | number | boolean | null>;
  sourceGeometry: Geometry | null;
  /** In EPSG:4326; null when the row has none or its CRS could not be resolved. */
  geometry: Geometry | null;
  /** Problems the reader or the reprojection found (unreadable cells, …). */
  errors: ImportIssue[];
}

/** Everything a staged import is made of: the file, what it was read as, the rows. */
export interface StageInput {
  layer: string;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
  format: string;
  sourceLayer: string | null;
  sourceLayers: string[];
  crs: string | null;
  sourceSrid: number | null;
  encoding: { used: string; detected: string | null; source: string };
  sourceFields: string[];
  /** As the client sent it; null = the saved mapping of the layer, else automatic matches. */
  mapping: unknown;
  valueMaps: ValueMaps;
  fileErrors: ImportIssue[];
  warnings: ImportIssue[];
  rows: StageRow[];
}

export type ImportStatus = "staged" | "committed" | "undone";

/** A staged (or committed, or undone) import as the API answers it. */
export interface ImportSummary {
  id: number;
  layer: string;
  file_name: string;
  sha256: string;
  byte_size: number;
  format: string;
  source_layer: string | null;
  source_layers: string[];
  crs: string | null;
  source_srid: number | null;
  encoding: { used: string; detected: string | null; source: string };
  feature_count: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Layer field → source column (null: not imported). */
  mapping: FieldMapping;
  /** The same by source column: column → layer field (null: not imported). */
  column_mapping: Record<string, string | null>;
  value_maps: ValueMaps;
  source_fields: string[];
  target_fields: string[];
  preview: Record<string, unknown>[];
  status: ImportStatus;
  inserted: number | null;
  updated: number | null;
  created_by: string;
  created_at: string;
  committed_at: string | null;
  undone_at: string | null;
}

/** A staged row with its mapped values, as commit reads it. */
export interface StagedRow {
  row: number;
  mapped: Record<string, MappedValue>;
  errors: ImportIssue[];
}
