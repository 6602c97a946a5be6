import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";

/*
 * An import bundle: everything a county's data (or the synthetic demo) holds,
 * one array per table. Field names are the database's column names, so a
 * bundle reads like the tables it fills. Geometries are GeoJSON in EPSG:4326
 * (CGCS2000 taken as equal). Rows point at each other by natural keys, never
 * by database ids, so a bundle can be written by hand or by another system:
 * companies by credit_code, mines by `key` (their licence number, or any
 * unique text for a historic pit that has none), subsidence areas by code,
 * zones by code. A key may also name a row already in the database.
 * Optional fields take the database default when left out.
 */

export const DATASET_FORMAT = "lianpian-dataset";
export const DATASET_VERSION = 1;

export type PolygonalGeometry = Polygon | MultiPolygon;
export type LinearGeometry = LineString | MultiLineString;

/** Where a row comes from; every row says it. */
export interface RowProvenance {
  data_source: string;
  remarks?: string | null;
}

export interface DatasetCounty extends RowProvenance {
  code: string;
  name_zh: string;
  name_en: string;
  parent_code: string | null;
  level: "city" | "county";
  swc_rate_now?: number | null;
  swc_rate_now_year?: number | null;
  swc_target_2025?: number | null;
  swc_target_2035?: number | null;
  geom: PolygonalGeometry;
}

export interface DatasetRiver extends RowProvenance {
  name_zh: string;
  name_en: string;
  river_class: string;
  geom: LinearGeometry;
}

export interface DatasetTransportLine extends RowProvenance {
  name_zh: string;
  name_en: string;
  ref?: string | null;
  kind: string;
  geom: LinearGeometry;
}

export interface DatasetVillage extends RowProvenance {
  name_zh: string;
  name_en?: string | null;
  county_code: string;
  township?: string | null;
  population: number;
  households: number;
  geom: Point;
}

export interface DatasetProtectedArea extends RowProvenance {
  name_zh: string;
  name_en?: string | null;
  kind: string;
  protection_level: string;
  geom: PolygonalGeometry;
}

export interface DatasetInfrastructure extends RowProvenance {
  name_zh: string;
  kind: string;
  /** A point, line or area. */
  geom: Geometry;
}

export interface DatasetCompany extends RowProvenance {
  /** 统一社会信用代码 (18 characters): the company's key. */
  credit_code: string;
  name_zh: string;
  name_en?: string | null;
  county_code?: string | null;
}

/** One corner of the published corner list: X = northing, Y = easting. */
export interface DatasetMineCorner {
  ring?: number;
  point_no: number;
  x_northing: number;
  y_easting: number;
  source_srid: number;
}

export interface DatasetMineFund {
  year: number;
  accrued_wan: number;
  used_wan: number;
  balance_wan: number;
}

export interface DatasetMine extends RowProvenance {
  /** The mine's key in the bundle: its licence number, or a unique text for a historic pit. */
  key: string;
  license_no: string | null;
  mine_name: string;
  /** The holder's credit code; null only for a historic abandoned pit. */
  company_credit_code: string | null;
  county_code: string;
  mineral: string;
  mining_method: string;
  production_scale?: number | null;
  production_unit?: string;
  scale_class?: string | null;
  area_km2?: number | null;
  valid_from?: string | null;
  valid_to?: string | null;
  safety_permit_valid_to?: string | null;
  remaining_service_years?: number | null;
  status: string;
  disposition?: string | null;
  disposition_doc?: string | null;
  green_mine_level?: string;
  green_mine_year?: number | null;
  restoration_state?: string;
  suitability?: string | null;
  /** The CRS the boundary was published in (e.g. 4546 for a corner list in GK CM 111°E). */
  source_srid?: number;
  geom: PolygonalGeometry;
  corners?: DatasetMineCorner[];
  funds?: DatasetMineFund[];
}

export interface DatasetSubsidenceResponsibility {
  mine_key: string;
  share_pct: number;
}

export interface DatasetSubsidenceArea extends RowProvenance {
  code: string;
  name_zh: string;
  county_code: string;
  townships?: string[];
  responsibility: string;
  severity: string;
  stability: string;
  ponding?: boolean;
  damaged_cultivated_m2?: number;
  damaged_forest_m2?: number;
  damaged_grass_m2?: number;
  damaged_construction_m2?: number;
  villages_affected?: number;
  households_affected?: number;
  people_affected?: number;
  houses_damaged?: number;
  treatment_modes?: string[];
  reclamation_direction?: string | null;
  plan_year?: number | null;
  treated_year?: number | null;
  status: string;
  budget_wan?: number | null;
  geom: PolygonalGeometry;
  /** Responsible mines with their share in %; enterprise areas sum to 100, government areas have none. */
  responsibilities?: DatasetSubsidenceResponsibility[];
}

export interface DatasetHazardThreshold {
  parameter: string;
  warn_value: number;
}

export interface DatasetHazardYearlyCheck {
  year: number;
  pre_flood_checked_on?: string | null;
  post_flood_checked_on?: string | null;
  result?: string | null;
}

export interface DatasetHazardPoint extends RowProvenance {
  /** 12-digit unified code (统一编号), starting with the county code. */
  unified_code: string;
  name_zh: string;
  hazard_type: string;
  county_code: string;
  township?: string | null;
  village?: string | null;
  size_value?: number | null;
  size_unit?: string | null;
  scale_grade?: string | null;
  threatened_people?: number;
  threatened_households?: number;
  threatened_property_wan?: number;
  threat_objects?: string | null;
  danger_grade: string;
  danger_grade_override?: string | null;
  stability?: string | null;
  triggers?: string[];
  mine_key?: string | null;
  subsidence_code?: string | null;
  monitor_name?: string | null;
  monitor_phone?: string | null;
  responsible_name?: string | null;
  responsible_phone?: string | null;
  warning_signal?: string | null;
  evacuation_route?: LineString | null;
  shelter_name?: string | null;
  shelter?: Point | null;
  measures?: string[];
  current_alert?: string;
  /** ISO 8601 timestamp. */
  alert_raised_at?: string | null;
  inventory_status?: string;
  written_off_at?: string | null;
  geom: Point;
  extent?: PolygonalGeometry | null;
  thresholds?: DatasetHazardThreshold[];
  yearly_checks?: DatasetHazardYearlyCheck[];
}

export interface DatasetCorridor extends RowProvenance {
  code: string;
  name_zh: string;
  corridor_type: string;
  anchor: string;
  width_left_m: number;
  width_right_m: number;
  county_codes?: string[];
  functions?: string[];
  vegetation_cover_baseline?: number | null;
  vegetation_cover_current?: number | null;
  status: string;
  centerline: LinearGeometry;
}

export interface DatasetZoneTask {
  task_kind: string;
  lead_unit: string;
  planned_area_m2?: number | null;
  budget_wan?: number | null;
}

export interface DatasetZoneParty {
  /** null: the government, for damage with no owner. */
  company_credit_code: string | null;
  share_pct: number;
  is_override?: boolean;
}

export interface DatasetZoneYear {
  year: number;
  planned_area_m2?: number;
  done_area_m2?: number;
  planned_spend_wan?: number;
  done_spend_wan?: number;
}

export interface DatasetTreatmentZone extends RowProvenance {
  code: string;
  name_zh: string;
  zone_type: string;
  county_codes?: string[];
  damage_types?: string[];
  /** Restoration direction → area in m² (keys from the suitability vocabulary). */
  restoration_m2?: Record<string, number>;
  implementation_mode?: string | null;
  phase: string;
  status?: string;
  budget_wan?: number | null;
  fund_sources?: string | null;
  dist_hsr_m?: number | null;
  dist_expressway_m?: number | null;
  geom: PolygonalGeometry;
  tasks?: DatasetZoneTask[];
  /** Fund shares; they sum to 100. */
  parties?: DatasetZoneParty[];
  yearly?: DatasetZoneYear[];
}

/** An import bundle. Every array may be empty. */
export interface Dataset {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  /** What the bundle is, e.g. "Jincheng synthetic demo, seed 20250601, scale 1". */
  name: string;
  counties: DatasetCounty[];
  rivers: DatasetRiver[];
  transportLines: DatasetTransportLine[];
  villages: DatasetVillage[];
  protectedAreas: DatasetProtectedArea[];
  infrastructure: DatasetInfrastructure[];
  companies: DatasetCompany[];
  mines: DatasetMine[];
  subsidenceAreas: DatasetSubsidenceArea[];
  hazardPoints: DatasetHazardPoint[];
  corridors: DatasetCorridor[];
  treatmentZones: DatasetTreatmentZone[];
}

/** The tables of a bundle, in the order an import writes them (references first). */
export const DATASET_TABLES = [
  "counties",
  "rivers",
  "transportLines",
  "villages",
  "protectedAreas",
  "infrastructure",
  "companies",
  "mines",
  "subsidenceAreas",
  "hazardPoints",
  "corridors",
  "treatmentZones",
] as const satisfies readonly (keyof Dataset)[];

export type DatasetTable = (typeof DATASET_TABLES)[number];

/** A bundle with every table empty, to fill for a partial import. */
export function emptyDataset(name: string): Dataset {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    name,
    counties: [],
    rivers: [],
    transportLines: [],
    villages: [],
    protectedAreas: [],
    infrastructure: [],
    companies: [],
    mines: [],
    subsidenceAreas: [],
    hazardPoints: [],
    corridors: [],
    treatmentZones: [],
  };
}
