import type { ColumnType, Generated } from "kysely";
import type { Geometry, NullableNum, Num, Provenance, Timestamps } from "./column-types.ts";

/** Corridors, check dams and the treatment zones with their children. */

export interface CorridorsTable extends Timestamps, Provenance {
  id: Generated<number>;
  code: string;
  name_zh: string;
  corridor_type: string;
  anchor: string;
  width_left_m: Num;
  width_right_m: Num;
  county_codes: Generated<string[]>;
  functions: Generated<string[]>;
  vegetation_cover_baseline: NullableNum;
  vegetation_cover_current: NullableNum;
  status: string;
  centerline: Geometry;
  zone_geom: Geometry;
  length_m: ColumnType<number | null, never, never>;
  area_m2: ColumnType<number | null, never, never>;
}

/** The check-dam register (淤地坝, migration 0007); written through packages/db/src/registers. */
export interface CheckDamsTable extends Timestamps, Provenance {
  id: Generated<number>;
  code: string;
  name_zh: string;
  county_code: string;
  dam_type: string;
  storage_wan_m3: Num;
  control_area_km2: Num;
  built_year: number | null;
  condition: string;
  risk_level: string;
  responsible_unit: string;
  geom: Geometry;
}

export interface TreatmentZonesTable extends Timestamps, Provenance {
  id: Generated<number>;
  code: string;
  name_zh: string;
  zone_type: string;
  county_codes: Generated<string[]>;
  damage_types: Generated<string[]>;
  restoration_m2: ColumnType<Record<string, number>, string | undefined, string>;
  implementation_mode: string | null;
  phase: string;
  status: Generated<string>;
  budget_wan: NullableNum;
  fund_sources: string | null;
  dist_hsr_m: NullableNum;
  dist_expressway_m: NullableNum;
  area_m2: ColumnType<number | null, never, never>;
  version: Generated<number>;
  geom: Geometry;
  /** Set by a reviewer's reopen, cleared by the next status change (migration 0009). */
  reopened_at: Date | null;
}

export interface ZoneTasksTable {
  zone_id: number;
  task_kind: string;
  lead_unit: string;
  planned_area_m2: NullableNum;
  budget_wan: NullableNum;
}

export interface ZonePartiesTable {
  zone_id: number;
  company_id: number | null;
  share_pct: Num;
  is_override: Generated<boolean>;
}

export interface ZoneYearlyTable {
  zone_id: number;
  year: number;
  planned_area_m2: Generated<number>;
  done_area_m2: Generated<number>;
  planned_spend_wan: Generated<number>;
  done_spend_wan: Generated<number>;
}

export interface ZoneHistoryTable {
  id: Generated<number>;
  zone_id: number;
  version: number;
  action: string;
  changed_by: string;
  changed_at: Generated<Date>;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string, never>;
  note: ColumnType<unknown, string | null | undefined, string | null>;
}
