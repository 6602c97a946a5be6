import {
  alertLevel,
  dangerGrade,
  disposition,
  greenMineLevel,
  hazardMeasure,
  hazardStability,
  hazardTrigger,
  hazardType,
  inventoryStatus,
  mineral,
  mineStatus,
  miningMethod,
  restorationState,
  scaleClass,
  severity,
  subsidenceResponsibility,
  subsidenceStability,
  subsidenceStatus,
  suitability,
  treatmentMode,
} from "@lianpian/domain";
import { sql } from "kysely";
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
// The planner's override wins over the computed grade (DATA-MODEL: "an override is kept beside").
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
  {
    id: "mines",
    title: { zh: "矿山", en: "Mines" },
    description: {
      zh: "采矿权及历史遗留废弃矿山：矿种、规模、状态、整治处置、绿色矿山和修复进展。",
      en: "Mining rights and historic abandoned mines: mineral, scale, status, disposition, green-mine level, restoration.",
    },
    table: "mines",
    geometryColumn: "geom",
    geometryType: "MultiPolygon",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    versionLayer: "mines",
    properties: [
      text("license_no", "采矿许可证号", "Mining licence number", { nullable: true }),
      text("mine_name", "矿山名称", "Mine name"),
      int("company_id", "采矿权人编号", "Right holder id", { nullable: true }),
      text("company_name", "采矿权人", "Right holder", { nullable: true, sql: companyName }),
      text("county_code", "县（市、区）代码", "County code"),
      text("mineral", "矿种", "Mineral", { vocabulary: mineral }),
      text("mining_method", "开采方式", "Mining method", { vocabulary: miningMethod }),
      num("production_scale", "生产规模", "Production scale", { nullable: true }),
      text("production_unit", "规模单位", "Unit of the production scale"),
      text("scale_class", "规模类型", "Scale class", { nullable: true, vocabulary: scaleClass }),
      num("area_km2", "矿区面积（km²）", "Licensed area (km²)", { nullable: true }),
      date("valid_from", "有效期起", "Valid from", { nullable: true }),
      date("valid_to", "有效期止", "Valid to", { nullable: true }),
      date("safety_permit_valid_to", "安全生产许可证有效期止", "Safety permit valid to", { nullable: true }),
      num("remaining_service_years", "剩余服务年限（年）", "Remaining service life (years)", {
        nullable: true,
      }),
      text("status", "生产状态", "Status", { vocabulary: mineStatus }),
      text("disposition", "整治处置", "Disposition", { nullable: true, vocabulary: disposition }),
      text("disposition_doc", "处置文件", "Disposition document", { nullable: true }),
      text("green_mine_level", "绿色矿山", "Green-mine level", { vocabulary: greenMineLevel }),
      int("green_mine_year", "绿色矿山年份", "Green-mine year", { nullable: true }),
      text("restoration_state", "修复状态", "Restoration state", { vocabulary: restorationState }),
      text("suitability", "修复方向", "Suitability of the restored land", {
        nullable: true,
        vocabulary: suitability,
      }),
      ...provenance(),
    ],
  },
  {
    id: "subsidence_areas",
    title: { zh: "采煤沉陷区", en: "Coal-mining subsidence areas" },
    description: {
      zh: "采煤沉陷区：责任矿山及比例、损毁程度、受影响村庄与人口、治理方式和进展。",
      en: "Subsidence areas: responsible mines and shares, severity, people affected, treatment modes and progress.",
    },
    table: "subsidence_areas",
    geometryColumn: "geom",
    geometryType: "MultiPolygon",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    versionLayer: "subsidence",
    properties: [
      text("code", "编号", "Code"),
      text("name_zh", "名称", "Name"),
      text("county_code", "县（市、区）代码", "County code"),
      textList("townships", "乡镇", "Townships"),
      text("responsibility", "责任类型", "Responsibility", { vocabulary: subsidenceResponsibility }),
      text("responsible_mines", "责任矿山及比例", "Responsible mines and shares", {
        nullable: true,
        sql: responsibleMines,
      }),
      intList("responsible_mine_ids", "责任矿山编号", "Responsible mine ids", { sql: responsibleMineIds }),
      text("severity", "损毁程度", "Severity", { vocabulary: severity }),
      text("stability", "稳沉状态", "Stability", { vocabulary: subsidenceStability }),
      bool("ponding", "积水", "Ponding"),
      num("damaged_cultivated_m2", "损毁耕地（m²）", "Damaged cultivated land (m²)"),
      num("damaged_forest_m2", "损毁林地（m²）", "Damaged forest (m²)"),
      num("damaged_grass_m2", "损毁草地（m²）", "Damaged grassland (m²)"),
      num("damaged_construction_m2", "损毁建设用地（m²）", "Damaged construction land (m²)"),
      int("villages_affected", "影响村庄数", "Villages affected"),
      int("households_affected", "影响户数", "Households affected"),
      int("people_affected", "影响人口", "People affected"),
      int("houses_damaged", "受损房屋", "Houses damaged"),
      textList("treatment_modes", "治理方式", "Treatment modes", { vocabulary: treatmentMode }),
      text("reclamation_direction", "复垦方向", "Reclamation direction", {
        nullable: true,
        vocabulary: suitability,
      }),
      int("plan_year", "计划治理年份", "Planned year", { nullable: true }),
      int("treated_year", "治理完成年份", "Year treated", { nullable: true }),
      text("status", "治理状态", "Status", { vocabulary: subsidenceStatus }),
      num("budget_wan", "预算（万元）", "Budget (10,000 yuan)", { nullable: true }),
      ...provenance(),
    ],
  },
  {
    id: "hazard_points",
    title: { zh: "地质灾害隐患点", en: "Geo-hazard points" },
    description: {
      zh: "地质灾害隐患点：类型、规模、威胁对象、险情等级（含人工核定）、防治措施和预警状态。",
      en: "Geo-hazard points: type, size, what they threaten, danger grade (override applied), measures and alert.",
    },
    table: "hazard_points",
    geometryColumn: "geom",
    geometryType: "Point",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    versionLayer: "hazards",
    properties: [
      text("unified_code", "统一编号", "Unified code"),
      text("name_zh", "名称", "Name"),
      text("hazard_type", "灾害类型", "Hazard type", { vocabulary: hazardType }),
      text("county_code", "县（市、区）代码", "County code"),
      text("township", "乡镇", "Township", { nullable: true }),
      text("village", "村", "Village", { nullable: true }),
      num("size_value", "规模", "Size", { nullable: true }),
      text("size_unit", "规模单位", "Unit of the size", { nullable: true }),
      text("scale_grade", "规模等级", "Scale grade", { nullable: true, vocabulary: dangerGrade }),
      int("threatened_people", "威胁人数", "Threatened people"),
      int("threatened_households", "威胁户数", "Threatened households"),
      num("threatened_property_wan", "威胁财产（万元）", "Threatened property (10,000 yuan)"),
      text("threat_objects", "威胁对象", "Threatened objects", { nullable: true }),
      text("danger_grade", "险情等级", "Danger grade (override applied)", {
        vocabulary: dangerGrade,
        sql: effectiveDangerGrade,
      }),
      bool("danger_grade_overridden", "险情等级经人工核定", "Danger grade set by override", {
        sql: dangerGradeOverridden,
      }),
      text("stability", "稳定性", "Stability", { nullable: true, vocabulary: hazardStability }),
      textList("triggers", "诱发因素", "Triggers", { vocabulary: hazardTrigger }),
      int("mine_id", "关联矿山编号", "Linked mine id", { nullable: true }),
      text("mine_name", "关联矿山", "Linked mine", { nullable: true, sql: hazardMineName }),
      int("subsidence_id", "关联沉陷区编号", "Linked subsidence area id", { nullable: true }),
      text("warning_signal", "预警信号", "Warning signal", { nullable: true }),
      text("shelter_name", "避险场所", "Shelter", { nullable: true }),
      textList("measures", "防治措施", "Measures", { vocabulary: hazardMeasure }),
      text("current_alert", "当前预警（已确认）", "Current alert (confirmed)", {
        vocabulary: alertLevel,
        sql: publicAlert,
      }),
      dateTime("alert_raised_at", "预警发布时间", "Alert raised at", {
        nullable: true,
        sql: publicAlertRaisedAt,
      }),
      text("inventory_status", "在册状态", "Inventory status", { vocabulary: inventoryStatus }),
      date("written_off_at", "核销日期", "Written off on", { nullable: true }),
      ...provenance(),
    ],
  },
];
