import type { Feature, FeatureCollection, Geometry } from "geojson";

/*
 * The wire shapes of /api/imports, as issue 12 fixes them. They live in this one file so they can
 * be swapped for `Static<>` of the API's TypeBox schemas once those are in @lianpian/domain.
 */

/** One problem of a staged row: its row number (1-based, as the user counts) and field, in both languages. */
export interface ImportIssue {
  row: number | null;
  field: string | null;
  code: string;
  message: string;
  message_en: string;
}

/** How the attribute text was decoded, and where that choice came from. */
export interface ImportEncoding {
  used: string;
  detected: string | null;
  source: "override" | "cpg" | "detected" | "format";
}

/** Source column → layer field (null: not imported). */
export type ImportMapping = Record<string, string | null>;

export type ImportStatus = "staged" | "committed" | "undone";

export interface StagedImport {
  id: number;
  layer: string;
  file_name: string;
  sha256: string;
  /** "EPSG:4547", "GCJ02", … or null when the file says nothing and nobody chose. */
  crs: string | null;
  encoding: ImportEncoding;
  feature_count: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  mapping: ImportMapping;
  source_fields: string[];
  /** The layer's fields a column can be mapped to, when the API lists them. */
  target_fields?: string[];
  /** The first rows as decoded, by source column. */
  preview: Record<string, unknown>[];
  status: ImportStatus;
}

/** Changes that re-validate a staged import. */
export interface ImportChange {
  encoding?: string;
  crs?: string;
  mapping?: ImportMapping;
}

export interface CommitOptions {
  skip_rows?: number[];
  repair?: boolean;
}

export interface CommitResult {
  inserted: number;
  updated: number;
}

/** A staged feature in EPSG:4326 with its row and that row's errors. */
export type StagedFeature = Feature<
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
  inserted?: number | null;
  updated?: number | null;
  error_count?: number;
  status: ImportStatus;
  created_at: string;
  /** Who imported it (display name or username). */
  created_by?: string | null;
  committed_at?: string | null;
}

/** A saved column mapping of a layer. */
export interface SavedMapping {
  layer: string;
  mapping: ImportMapping;
}
