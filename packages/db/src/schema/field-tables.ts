import type { ColumnType, Generated } from "kysely";
import type { Geometry, NullableNum, Provenance, Timestamps } from "./column-types.ts";

/** Field inspections, their photos, monitors and alerts (migration 0004). */

export interface InspectionsTable extends Timestamps, Provenance {
  id: Generated<number>;
  hazard_id: number;
  client_key: string;
  content_hash: string;
  inspected_at: Date;
  inspector_name: string;
  kind: string;
  rainfall_mm: NullableNum;
  cracks: ColumnType<unknown, string, string>;
  displacement_mm: NullableNum;
  macro_signs: Generated<string[]>;
  assessment: string;
  alert_level: Generated<string>;
  actions: Generated<string[]>;
  notes: string | null;
  location: Geometry;
  needs_review: Generated<boolean>;
  review_reason: string | null;
  user_id: number | null;
  hazard_version_sent: number | null;
  hazard_version_stored: number | null;
  photo_manifest: ColumnType<unknown, string | undefined, string>;
  reviewed_at: Date | null;
  reviewed_by: number | null;
}

export interface InspectionPhotosTable {
  id: Generated<number>;
  inspection_id: number;
  sha256: string;
  content_type: string;
  byte_size: number;
  data: Buffer;
  created_at: Generated<Date>;
}

/** Which field account monitors which hazard point (0004). */
export interface HazardMonitorsTable {
  hazard_id: number;
  user_id: number;
  assigned_at: Generated<Date>;
}

/** An alert raised by an inspection, with its reporting deadline (0004). */
export interface HazardAlertsTable {
  id: Generated<number>;
  hazard_id: number;
  inspection_id: number;
  level: string;
  previous_level: string;
  reasons: ColumnType<unknown, string, string>;
  observed_at: Date;
  raised_at: Generated<Date>;
  report_limit_hours: number;
  reported_at: Date | null;
  reported_by: number | null;
}
