import type { ColumnType, Generated } from "kysely";
import type { Json } from "./column-types.ts";

/** File imports: staged files, their rows, what a commit changed, saved mappings (migration 0006). */

/** File imports: staged files, their rows, what a commit changed, saved mappings (migration 0006). */
export interface FileImportTables {
  file_imports: FileImportsTable;
  file_import_rows: FileImportRowsTable;
  file_import_changes: FileImportChangesTable;
  import_mappings: ImportMappingsTable;
}

export interface FileImportsTable {
  id: Generated<number>;
  layer: string;
  file_name: string;
  sha256: string;
  byte_size: ColumnType<number, number, number>;
  file_bytes: Buffer | null;
  source_format: string;
  source_layer: string | null;
  source_layers: Json;
  crs: string | null;
  source_srid: number | null;
  encoding: Json;
  mapping: Json;
  value_maps: Json;
  source_fields: Json;
  feature_count: number;
  file_errors: Json;
  warnings: Json;
  status: ColumnType<string, string | undefined, string>;
  inserted: number | null;
  updated: number | null;
  skipped: number | null;
  created_by: string;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
  committed_at: Date | null;
  undone_at: Date | null;
}

export interface FileImportRowsTable {
  import_id: number;
  row_no: number;
  properties: Json;
  source_geometry: Json;
  mapped: Json;
  geom: unknown;
  errors: Json;
  warnings: Json;
}

export interface FileImportChangesTable {
  import_id: number;
  seq: number;
  row_no: number | null;
  target_table: string;
  target_id: string;
  action: "insert" | "update";
  before: Json;
  written_at: Date | null;
}

export interface ImportMappingsTable {
  layer: string;
  mapping: Json;
  value_maps: Json;
  updated_by: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
