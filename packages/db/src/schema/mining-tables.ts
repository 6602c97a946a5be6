import type { Generated } from "kysely";
import type { Geometry, NullableNum, Num, Provenance, Timestamps } from "./column-types.ts";

/** The mining registers: companies, mines, subsidence areas, geo-hazard points. */

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
