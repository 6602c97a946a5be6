import {
  alertLevel,
  dangerGrade,
  disposition,
  greenMineLevel,
  hazardFieldLabel,
  hazardMeasure,
  hazardStability,
  hazardTrigger,
  hazardType,
  inventoryStatus,
  mineFieldLabel,
  mineral,
  mineStatus,
  miningMethod,
  restorationState,
  scaleClass,
  severity,
  subsidenceFieldLabel,
  subsidenceResponsibility,
  subsidenceStability,
  subsidenceStatus,
  suitability,
  treatmentMode,
} from "@lianpian/domain";
import { sql } from "kysely";
import { collection } from "./collection-def.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import { bool, date, dateTime, int, intList, num, provenance, text, textList } from "./feature-property.ts";

// Joined values. Fixed SQL over the collection's row `t`; nothing here comes from a request.
const companyName = sql`(SELECT c.name_zh FROM companies c WHERE c.id = t.company_id)`;
const responsibleMines = sql`(
  SELECT string_agg(m.mine_name || ' ' || trim_scale(r.share_pct)::text || '%', '；' ORDER BY r.share_pct DESC, m.id)
  FROM subsidence_responsibilities r JOIN mines m ON m.id = r.mine_id WHERE r.subsidence_id = t.id)`;
const responsibleMineIds = sql`coalesce((
  SELECT array_agg(r.mine_id ORDER BY r.share_pct DESC, r.mine_id)
  FROM subsidence_responsibilities r WHERE r.subsidence_id = t.id), '{}'::int[])`;
const hazardMineName = sql`(SELECT m.mine_name FROM mines m WHERE m.id = t.mine_id)`;
// The planner's override wins over the computed grade (docs/domain-rules.md "Danger grades of hazard points").
const effectiveDangerGrade = sql`coalesce(t.danger_grade_override, t.danger_grade)`;
const dangerGradeOverridden = sql`(t.danger_grade_override IS NOT NULL)`;
// The public sees confirmed alerts only (issue 16): a field alert waits for a planner.
const publicAlert = sql`t.public_alert`;
const publicAlertRaisedAt = sql`(SELECT CASE WHEN count(*) = 0 THEN t.alert_raised_at
  ELSE max(a.observed_at) FILTER (WHERE a.confirmed_at IS NOT NULL) END
  FROM hazard_alerts a WHERE a.hazard_id = t.id)`;

/**
 * Mines, subsidence areas and geo-hazard points. Left out on purpose, because
 * this API is public: mine funds (accrued, used, balance), hazard monitors'
 * and responsible persons' names and phones, inspections, free-text remarks.
 */
export const MINING_COLLECTIONS: readonly FeatureCollectionDef[] = [
  collection({
    id: "mines",
    geometryType: "MultiPolygon",
    versionLayer: "mines",
    properties: [
      text("license_no", mineFieldLabel.license_no, { nullable: true }),
      text("mine_name", mineFieldLabel.mine_name),
      int("company_id", mineFieldLabel.company_id, { nullable: true }),
      text("company_name", mineFieldLabel.company_name, { nullable: true, sql: companyName }),
      text("county_code", mineFieldLabel.county_code),
      text("mineral", mineFieldLabel.mineral, { vocabulary: mineral }),
      text("mining_method", mineFieldLabel.mining_method, { vocabulary: miningMethod }),
      num("production_scale", mineFieldLabel.production_scale, { nullable: true }),
      text("production_unit", mineFieldLabel.production_unit),
      text("scale_class", mineFieldLabel.scale_class, { nullable: true, vocabulary: scaleClass }),
      num("area_km2", mineFieldLabel.area_km2, { nullable: true }),
      date("valid_from", mineFieldLabel.valid_from, { nullable: true }),
      date("valid_to", mineFieldLabel.valid_to, { nullable: true }),
      date("safety_permit_valid_to", mineFieldLabel.safety_permit_valid_to, { nullable: true }),
      num("remaining_service_years", mineFieldLabel.remaining_service_years, {
        nullable: true,
      }),
      text("status", mineFieldLabel.status, { vocabulary: mineStatus }),
      text("disposition", mineFieldLabel.disposition, { nullable: true, vocabulary: disposition }),
      text("disposition_doc", mineFieldLabel.disposition_doc, { nullable: true }),
      text("green_mine_level", mineFieldLabel.green_mine_level, { vocabulary: greenMineLevel }),
      int("green_mine_year", mineFieldLabel.green_mine_year, { nullable: true }),
      text("restoration_state", mineFieldLabel.restoration_state, { vocabulary: restorationState }),
      text("suitability", mineFieldLabel.suitability, {
        nullable: true,
        vocabulary: suitability,
      }),
      ...provenance(),
    ],
  }),
  collection({
    id: "subsidence_areas",
    geometryType: "MultiPolygon",
    versionLayer: "subsidence",
    properties: [
      text("code", subsidenceFieldLabel.code),
      text("name_zh", subsidenceFieldLabel.name_zh),
      text("county_code", subsidenceFieldLabel.county_code),
      textList("townships", subsidenceFieldLabel.townships),
      text("responsibility", subsidenceFieldLabel.responsibility, { vocabulary: subsidenceResponsibility }),
      text("responsible_mines", subsidenceFieldLabel.responsible_mines, {
        nullable: true,
        sql: responsibleMines,
      }),
      intList("responsible_mine_ids", subsidenceFieldLabel.responsible_mine_ids, { sql: responsibleMineIds }),
      text("severity", subsidenceFieldLabel.severity, { vocabulary: severity }),
      text("stability", subsidenceFieldLabel.stability, { vocabulary: subsidenceStability }),
      bool("ponding", subsidenceFieldLabel.ponding),
      num("damaged_cultivated_m2", subsidenceFieldLabel.damaged_cultivated_m2),
      num("damaged_forest_m2", subsidenceFieldLabel.damaged_forest_m2),
      num("damaged_grass_m2", subsidenceFieldLabel.damaged_grass_m2),
      num("damaged_construction_m2", subsidenceFieldLabel.damaged_construction_m2),
      int("villages_affected", subsidenceFieldLabel.villages_affected),
      int("households_affected", subsidenceFieldLabel.households_affected),
      int("people_affected", subsidenceFieldLabel.people_affected),
      int("houses_damaged", subsidenceFieldLabel.houses_damaged),
      textList("treatment_modes", subsidenceFieldLabel.treatment_modes, { vocabulary: treatmentMode }),
      text("reclamation_direction", subsidenceFieldLabel.reclamation_direction, {
        nullable: true,
        vocabulary: suitability,
      }),
      int("plan_year", subsidenceFieldLabel.plan_year, { nullable: true }),
      int("treated_year", subsidenceFieldLabel.treated_year, { nullable: true }),
      text("status", subsidenceFieldLabel.status, { vocabulary: subsidenceStatus }),
      num("budget_wan", subsidenceFieldLabel.budget_wan, { nullable: true }),
      ...provenance(),
    ],
  }),
  collection({
    id: "hazard_points",
    geometryType: "Point",
    versionLayer: "hazards",
    properties: [
      text("unified_code", hazardFieldLabel.unified_code),
      text("name_zh", hazardFieldLabel.name_zh),
      text("hazard_type", hazardFieldLabel.hazard_type, { vocabulary: hazardType }),
      text("county_code", hazardFieldLabel.county_code),
      text("township", hazardFieldLabel.township, { nullable: true }),
      text("village", hazardFieldLabel.village, { nullable: true }),
      num("size_value", hazardFieldLabel.size_value, { nullable: true }),
      text("size_unit", hazardFieldLabel.size_unit, { nullable: true }),
      text("scale_grade", hazardFieldLabel.scale_grade, { nullable: true, vocabulary: dangerGrade }),
      int("threatened_people", hazardFieldLabel.threatened_people),
      int("threatened_households", hazardFieldLabel.threatened_households),
      num("threatened_property_wan", hazardFieldLabel.threatened_property_wan),
      text("threat_objects", hazardFieldLabel.threat_objects, { nullable: true }),
      text("danger_grade", hazardFieldLabel.danger_grade, {
        vocabulary: dangerGrade,
        sql: effectiveDangerGrade,
      }),
      bool("danger_grade_overridden", hazardFieldLabel.danger_grade_overridden, {
        sql: dangerGradeOverridden,
      }),
      text("stability", hazardFieldLabel.stability, { nullable: true, vocabulary: hazardStability }),
      textList("triggers", hazardFieldLabel.triggers, { vocabulary: hazardTrigger }),
      int("mine_id", hazardFieldLabel.mine_id, { nullable: true }),
      text("mine_name", hazardFieldLabel.mine_name, { nullable: true, sql: hazardMineName }),
      int("subsidence_id", hazardFieldLabel.subsidence_id, { nullable: true }),
      text("warning_signal", hazardFieldLabel.warning_signal, { nullable: true }),
      text("shelter_name", hazardFieldLabel.shelter_name, { nullable: true }),
      textList("measures", hazardFieldLabel.measures, { vocabulary: hazardMeasure }),
      text("current_alert", hazardFieldLabel.current_alert, {
        vocabulary: alertLevel,
        sql: publicAlert,
      }),
      dateTime("alert_raised_at", hazardFieldLabel.alert_raised_at, {
        nullable: true,
        sql: publicAlertRaisedAt,
      }),
      text("inventory_status", hazardFieldLabel.inventory_status, { vocabulary: inventoryStatus }),
      date("written_off_at", hazardFieldLabel.written_off_at, { nullable: true }),
      ...provenance(),
    ],
  }),
];
