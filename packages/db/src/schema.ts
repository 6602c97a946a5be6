import type { ColumnType, Generated } from "kysely";

/**
 * Kysely's view of the tables in db/migrations. Geometry columns are typed as
 * `Geometry`: they are read through ST_AsGeoJSON and written through
 * ST_GeomFromGeoJSON (see geometry-sql.ts), never as raw values.
 */
export type Geometry = ColumnType<never, never, never>;
type Timestamps = {
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};
type Provenance = { data_source: string; remarks: string | null };
type Num = ColumnType<number, number, number>;
type NullableNum = ColumnType<number | null, number | null | undefined, number | null>;

export interface LayerVersionsTable {
  layer: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface CountiesTable extends Timestamps, Provenance {
  code: string;
  name_zh: string;
  name_en: string;
  parent_code: string | null;
  level: "city" | "county";
  swc_rate_now: NullableNum;
  swc_rate_now_year: number | null;
  swc_target_2025: NullableNum;
  swc_target_2035: NullableNum;
  geom: Geometry;
}

export interface RiversTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string;
  river_class: string;
  geom: Geometry;
}

export interface TransportLinesTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string;
  ref: string | null;
  kind: string;
  geom: Geometry;
}

export interface VillagesTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string | null;
  county_code: string;
  township: string | null;
  population: number;
  households: number;
  geom: Geometry;
}

export interface ProtectedAreasTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string | null;
  kind: string;
  protection_level: string;
  geom: Geometry;
}

export interface InfrastructureTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  kind: string;
  geom: Geometry;
}

export interface CompaniesTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string | null;
  credit_code: string | null;
  county_code: string | null;
}

export interface MinesTable extends Timestamps, Provenance {
  id: Generated<number>;
  license_no: string | null;
  mine_name: string;
  company_id: number | null;
  county_code: string;
  mineral: string;
  mining_method: string;
  production_scale: NullableNum;
  production_unit: Generated<string>;
  scale_class: string | null;
  area_km2: NullableNum;
  valid_from: string | null;
  valid_to: string | null;
  safety_permit_valid_to: string | null;
  remaining_service_years: NullableNum;
  status: string;
  disposition: string | null;
  disposition_doc: string | null;
  green_mine_level: Generated<string>;
  green_mine_year: number | null;
  restoration_state: Generated<string>;
  suitability: string | null;
  source_srid: Generated<number>;
  geom: Geometry;
}

export interface MineCornersTable {
  mine_id: number;
  ring: Generated<number>;
  point_no: number;
  x_northing: Num;
  y_easting: Num;
  source_srid: number;
}

export interface MineFundsTable {
  mine_id: number;
  year: number;
  accrued_wan: Num;
  used_wan: Num;
  balance_wan: Num;
}

export interface SubsidenceAreasTable extends Timestamps, Provenance {
  id: Generated<number>;
  code: string;
  name_zh: string;
  county_code: string;
  townships: Generated<string[]>;
  responsibility: string;
  severity: string;
  stability: string;
  ponding: Generated<boolean>;
  damaged_cultivated_m2: Generated<number>;
  damaged_forest_m2: Generated<number>;
  damaged_grass_m2: Generated<number>;
  damaged_construction_m2: Generated<number>;
  villages_affected: Generated<number>;
  households_affected: Generated<number>;
  people_affected: Generated<number>;
  houses_damaged: Generated<number>;
  treatment_modes: Generated<string[]>;
  reclamation_direction: string | null;
  plan_year: number | null;
  treated_year: number | null;
  status: string;
  budget_wan: NullableNum;
  geom: Geometry;
}

export interface SubsidenceResponsibilitiesTable {
  subsidence_id: number;
  mine_id: number;
  share_pct: Num;
}

export interface HazardPointsTable extends Timestamps, Provenance {
  id: Generated<number>;
  unified_code: string;
  name_zh: string;
  hazard_type: string;
  county_code: string;
  township: string | null;
  village: string | null;
  size_value: NullableNum;
  size_unit: string | null;
  scale_grade: string | null;
  threatened_people: Generated<number>;
  threatened_households: Generated<number>;
  threatened_property_wan: Generated<number>;
  threat_objects: string | null;
  danger_grade: string;
  danger_grade_override: string | null;
  stability: string | null;
  triggers: Generated<string[]>;
  mine_id: number | null;
  subsidence_id: number | null;
  monitor_name: string | null;
  monitor_phone: string | null;
  responsible_name: string | null;
  responsible_phone: string | null;
  warning_signal: string | null;
  evacuation_route: Geometry;
  shelter_name: string | null;
  shelter: Geometry;
  measures: Generated<string[]>;
  current_alert: Generated<string>;
  alert_raised_at: Date | null;
  inventory_status: Generated<string>;
  written_off_at: string | null;
  geom: Geometry;
  extent: Geometry;
  /** Record version for conflict checks (0004); bumped by trigger, never by alerts. */
  version: Generated<number>;
}

export interface HazardThresholdsTable {
  hazard_id: number;
  parameter: string;
  warn_value: Num;
}

export interface HazardYearlyChecksTable {
  hazard_id: number;
  year: number;
  pre_flood_checked_on: string | null;
  post_flood_checked_on: string | null;
  result: string | null;
}

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

/** An inspection being stored: taken before, removed with the insert (0004). */
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

/** Rate-limit counters shared by every API process (migration 0011). */
export interface RateLimitHitsTable {
  key: string;
  hits: number;
  window_ends: Date;
}

export interface Database extends AccountTables, GovernanceTables, FileImportTables {
  rate_limit_hits: RateLimitHitsTable;
  layer_versions: LayerVersionsTable;
  counties: CountiesTable;
  rivers: RiversTable;
  transport_lines: TransportLinesTable;
  villages: VillagesTable;
  protected_areas: ProtectedAreasTable;
  infrastructure: InfrastructureTable;
  companies: CompaniesTable;
  mines: MinesTable;
  mine_corners: MineCornersTable;
  mine_funds: MineFundsTable;
  subsidence_areas: SubsidenceAreasTable;
  subsidence_responsibilities: SubsidenceResponsibilitiesTable;
  hazard_points: HazardPointsTable;
  hazard_thresholds: HazardThresholdsTable;
  hazard_yearly_checks: HazardYearlyChecksTable;
  inspections: InspectionsTable;
  inspection_photos: InspectionPhotosTable;
  hazard_monitors: HazardMonitorsTable;
  hazard_alerts: HazardAlertsTable;
  corridors: CorridorsTable;
  check_dams: CheckDamsTable;
  treatment_zones: TreatmentZonesTable;
  zone_tasks: ZoneTasksTable;
  zone_parties: ZonePartiesTable;
  zone_yearly: ZoneYearlyTable;
  zone_history: ZoneHistoryTable;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: "admin" | "reviewer" | "planner" | "field";
  password_hash: string;
  is_demo: Generated<boolean>;
  disabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  token_sha256: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
  user_agent: string | null;
  last_seen_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  username: string;
  role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: ColumnType<unknown, string | undefined, never>;
  ip: string | null;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

/** Decisions, aftercare, deleted drafts, login backoff and settings (migration 0009). */
export interface GovernanceTables {
  zone_decisions: ZoneDecisionsTable;
  zone_aftercare: ZoneAftercareTable;
  deleted_zones: DeletedZonesTable;
  login_failures: LoginFailuresTable;
  settings: SettingsTable;
}

export interface ZoneDecisionsTable {
  id: Generated<number>;
  zone_id: number;
  kind: "approve" | "accept" | "reopen";
  zone_version: number;
  document_no: string | null;
  document_date: ColumnType<string | null, string | null, never>;
  reason: string | null;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment: Buffer | null;
  decided_by_user_id: number | null;
  decided_by: string;
  decided_by_role: string;
  decided_at: Generated<Date>;
}

export interface ZoneAftercareTable {
  id: Generated<number>;
  zone_id: number;
  kind: "inspection" | "responsibility";
  responsible_unit: string | null;
  period_start: string | null;
  period_end: string | null;
  inspected_on: string | null;
  condition: string | null;
  notes: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface DeletedZonesTable {
  zone_id: number;
  code: string;
  name_zh: string;
  zone: ColumnType<unknown, string, never>;
  history: ColumnType<unknown, string, never>;
  deleted_at: Generated<Date>;
  restore_until: Date;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_by: string;
  updated_at: Generated<Date>;
}

/** File imports: staged files, their rows, what a commit changed, saved mappings (migration 0006). */
export interface FileImportTables {
  file_imports: FileImportsTable;
  file_import_rows: FileImportRowsTable;
  file_import_changes: FileImportChangesTable;
  import_mappings: ImportMappingsTable;
}

type Json = ColumnType<unknown, string, string>;

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
