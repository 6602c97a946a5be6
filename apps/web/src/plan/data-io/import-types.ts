import type { FieldMapping, ImportIssue } from "@lianpian/domain";
import type { Feature, FeatureCollection, Geometry } from "geojson";

/*
 * The wire shapes of /api/imports. Issues, mappings and the layers' fields come from @lianpian/domain;
 * the reply itself is declared by packages/db (ImportSummary, a TS interface the web cannot import).
 * It lives in this one file so it becomes `Static<>` of a TypeBox schema once domain has one.
 */
export type { FieldMapping, ImportIssue };

/** How the attribute text was decoded, and where that choice came from. */
export interface ImportEncoding {
  used: string;
  detected: string | null;
  source: "override" | "cpg" | "detected" | "format";
}

export type ImportStatus = "staged" | "committed" | "undone";

/** A staged (or committed, or undone) import as the API answers it. */
export interface StagedImport {
  id: number;
  layer: string;
  file_name: string;
  sha256: string;
  byte_size: number;
  format: string;
  /** The GeoPackage (or multi-shapefile zip) layer read, and those the file offers. */
  source_layer: string | null;
  source_layers: string[];
  /** "EPSG:4547", "GCJ02", … or null when the file says nothing and nobody chose. */
  crs: string | null;
  encoding: ImportEncoding;
  feature_count: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Layer field → source column. */
  mapping: FieldMapping;
  value_maps: Record<string, Record<string, string>>;
  source_fields: string[];
  target_fields: string[];
  /** The first rows as decoded: their row number and source columns. */
  preview: ({ row: number } & Record<string, unknown>)[];
  status: ImportStatus;
  inserted: number | null;
  updated: number | null;
  created_by: string;
  created_at: string;
  committed_at: string | null;
  undone_at: string | null;
}

/** Changes that re-validate a staged import. */
export interface ImportChange {
  encoding?: string;
  crs?: string;
  mapping?: FieldMapping;
  /** The GeoPackage (or zip) layer to read. */
  layer?: string;
  /** Seven parameters for a Xi'an 1980 / Beijing 1954 file (metres, arc-seconds, ppm). */
  datum_params?: Record<"dx" | "dy" | "dz" | "rx" | "ry" | "rz" | "ppm", number>;
}

export interface CommitOptions {
  skip_rows?: number[];
  repair?: boolean;
}

export interface CommitResult {
  inserted: number;
  updated: number;
  skipped?: number;
}

/** A staged feature in EPSG:4326 with its row, mapped values and that row's errors. */
type StagedFeature = Feature<
  Geometry | null,
  { row: number; errors?: ImportIssue[] } & Record<string, unknown>
>;
export type StagedFeatures = FeatureCollection<Geometry | null, StagedFeature["properties"]>;

/** One line of the import history. */
export interface ImportRecord {
  id: number;
  layer: string;
  file_name: string;
  sha256: string;
  crs: string | null;
  feature_count: number;
  inserted: number | null;
  updated: number | null;
  error_count: number;
  status: ImportStatus;
  created_by: string;
  created_at: string;
  committed_at: string | null;
  undone_at: string | null;
}

/** A row an import wrote that was edited or deleted since: what stops its undo. */
export interface ChangedRow {
  row: number | null;
  table: string;
  id: string;
  change: "edited" | "deleted";
}

/** A saved column mapping of a layer. */
export interface SavedMapping {
  layer: string;
  mapping: FieldMapping;
}
