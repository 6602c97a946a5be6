import {
  alertLevel,
  checkDamCondition,
  checkDamRisk,
  checkDamType,
  corridorFunction,
  corridorStatus,
  corridorType,
  damageType,
  dangerGrade,
  disposition,
  greenMineLevel,
  hazardMeasure,
  hazardStability,
  hazardTrigger,
  hazardType,
  implementationMode,
  inventoryStatus,
  type Label,
  mineral,
  mineStatus,
  miningMethod,
  phase,
  protectedKind,
  protectionLevel,
  restorationState,
  riverClass,
  scaleClass,
  severity,
  subsidenceResponsibility,
  subsidenceStability,
  subsidenceStatus,
  suitability,
  transportKind,
  treatmentMode,
  type Vocabulary,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import type { TileLayer } from "../map/layer-catalog.ts";
import type { Unit } from "./format.ts";

export type FieldFormat =
  | { kind: "text" }
  | { kind: "vocab"; vocab: Vocabulary<string> }
  | { kind: "vocab_list"; vocab: Vocabulary<string> }
  | { kind: "number"; unit?: Unit }
  | { kind: "area_m2" }
  | { kind: "length_m" }
  | { kind: "county" }
  | { kind: "date" }
  | { kind: "bool" }
  | { kind: "list" };

export interface FieldSpec {
  key: string;
  label: Label;
  format: FieldFormat;
}

const text = (key: string, zh: string, en: string): FieldSpec => ({
  key,
  label: { zh, en },
  format: { kind: "text" },
});
const num = (key: string, zh: string, en: string, unit?: Unit): FieldSpec => ({
  key,
  label: { zh, en },
  format: unit ? { kind: "number", unit } : { kind: "number" },
});
const vocab = <V extends string>(key: string, zh: string, en: string, v: Vocabulary<V>): FieldSpec => ({
  key,
  label: { zh, en },
  format: { kind: "vocab", vocab: v as unknown as Vocabulary<string> },
});
const vocabList = <V extends string>(key: string, zh: string, en: string, v: Vocabulary<V>): FieldSpec => ({
  key,
  label: { zh, en },
  format: { kind: "vocab_list", vocab: v as unknown as Vocabulary<string> },
});
const of = (key: string, zh: string, en: string, format: FieldFormat): FieldSpec => ({
  key,
  label: { zh, en },
  format,
});
const county = of("county_code", "所在县（市、区）", "County", { kind: "county" });

/** The fields a popup lists for each layer, in the order a register prints them. */
export const POPUP_FIELDS: Record<TileLayer, readonly FieldSpec[]> = {
  check_dams: [
    text("code", "编号", "Code"),
    vocab("dam_type", "坝型", "Dam type", checkDamType),
    num("storage_wan_m3", "库容（万m³）", "Storage (10,000 m³)"),
    num("control_area_km2", "控制面积", "Control area", "km2"),
    text("built_year", "建成年份", "Year built"),
    vocab("condition", "工程状况", "Condition", checkDamCondition),
    vocab("risk_level", "风险等级", "Risk level", checkDamRisk),
    text("responsible_unit", "责任单位", "Responsible unit"),
    county,
  ],
  hazards: [
    text("unified_code", "统一编号", "Unified code"),
    vocab("hazard_type", "灾害类型", "Hazard type", hazardType),
    vocab("danger_grade", "险情等级", "Danger grade", dangerGrade),
    vocab("scale_grade", "规模等级", "Scale grade", dangerGrade),
    num("threatened_people", "威胁人数", "Threatened people", "people"),
    num("threatened_households", "威胁户数", "Threatened households", "households"),
    num("threatened_property_wan", "威胁财产", "Threatened property", "wan_yuan"),
    vocab("stability", "稳定性", "Stability", hazardStability),
    vocabList("triggers", "诱发因素", "Triggers", hazardTrigger),
    vocabList("measures", "防治措施", "Measures", hazardMeasure),
    vocab("current_alert", "当前预警", "Current alert", alertLevel),
    vocab("inventory_status", "在册状态", "Inventory status", inventoryStatus),
    county,
    text("township", "乡镇", "Township"),
    text("village", "村", "Village"),
    text("threat_objects", "威胁对象", "Threatened objects"),
    text("mine_name", "关联矿山", "Related mine"),
    text("warning_signal", "预警信号", "Warning signal"),
    text("shelter_name", "避险场所", "Shelter"),
    text("monitor_name", "群测群防员", "Monitor"),
  ],
  mines: [
    text("license_no", "采矿许可证号", "Licence no."),
    text("company_name", "采矿权人", "Right holder"),
    county,
    vocab("mineral", "开采矿种", "Mineral", mineral),
    vocab("mining_method", "开采方式", "Mining method", miningMethod),
    num("production_scale", "生产规模", "Production scale"),
    text("production_unit", "规模单位", "Unit"),
    vocab("scale_class", "规模类型", "Scale class", scaleClass),
    num("area_km2", "矿区面积", "Licensed area", "km2"),
    of("valid_to", "有效期至", "Valid to", { kind: "date" }),
    num("remaining_service_years", "剩余服务年限", "Remaining service life", "years"),
    vocab("status", "矿山状态", "Status", mineStatus),
    vocab("disposition", "处置方式", "Disposition", disposition),
    vocab("green_mine_level", "绿色矿山", "Green mine", greenMineLevel),
    vocab("restoration_state", "修复状态", "Restoration", restorationState),
    vocab("suitability", "修复方向", "Restore to", suitability),
  ],
  subsidence: [
    text("code", "编号", "Code"),
    county,
    of("townships", "涉及乡镇", "Townships", { kind: "list" }),
    vocab("status", "治理状态", "Treatment status", subsidenceStatus),
    vocab("severity", "损毁程度", "Severity", severity),
    vocab("stability", "稳沉状态", "Stability", subsidenceStability),
    vocab("responsibility", "责任主体", "Responsibility", subsidenceResponsibility),
    of("ponding", "积水", "Ponding", { kind: "bool" }),
    num("people_affected", "影响人口", "People affected", "people"),
    num("households_affected", "影响户数", "Households affected", "households"),
    num("houses_damaged", "受损房屋（间）", "Houses damaged"),
    vocabList("treatment_modes", "治理模式", "Treatment modes", treatmentMode),
    vocab("reclamation_direction", "复垦方向", "Reclamation to", suitability),
    num("plan_year", "计划年度", "Planned year"),
    num("treated_year", "治理年度", "Treated year"),
    num("budget_wan", "预算", "Budget", "wan_yuan"),
  ],
  corridors: [
    text("code", "编号", "Code"),
    vocab("corridor_type", "廊道类型", "Type", corridorType),
    text("anchor", "依托", "Along"),
    vocab("status", "建设状态", "Status", corridorStatus),
    of("length_m", "长度", "Length", { kind: "length_m" }),
    of("area_m2", "面积", "Area", { kind: "area_m2" }),
    num("width_left_m", "左侧宽度", "Width left", "m"),
    num("width_right_m", "右侧宽度", "Width right", "m"),
    vocabList("functions", "主导功能", "Functions", corridorFunction),
    num("vegetation_cover_baseline", "植被覆盖度（基准）", "Vegetation cover (baseline)", "percent"),
    num("vegetation_cover_current", "植被覆盖度（现状）", "Vegetation cover (now)", "percent"),
  ],
  zones: [
    text("code", "编号", "Code"),
    vocab("zone_type", "片区类型", "Zone type", zoneType),
    vocab("phase", "实施阶段", "Phase", phase),
    vocab("status", "状态", "Status", zoneStatus),
    vocab("implementation_mode", "实施模式", "Implementation mode", implementationMode),
    of("area_m2", "面积", "Area", { kind: "area_m2" }),
    num("budget_wan", "预算", "Budget", "wan_yuan"),
    vocabList("damage_types", "损毁类型", "Damage types", damageType),
    of("dist_hsr_m", "距高铁", "To high-speed rail", { kind: "length_m" }),
    of("dist_expressway_m", "距高速公路", "To expressway", { kind: "length_m" }),
  ],
  counties: [
    text("code", "行政区划代码", "Division code"),
    num("swc_rate_now", "水土保持率（现状）", "Soil & water conservation rate (now)", "percent"),
    num("swc_target_2025", "水土保持率目标 2025", "SWC rate target 2025", "percent"),
    num("swc_target_2035", "水土保持率目标 2035", "SWC rate target 2035", "percent"),
  ],
  rivers: [vocab("river_class", "河流等级", "Class", riverClass)],
  transport: [vocab("kind", "类型", "Kind", transportKind), text("ref", "编号", "Ref.")],
  villages: [
    county,
    text("township", "乡镇", "Township"),
    num("population", "人口", "Population", "people"),
    num("households", "户数", "Households", "households"),
  ],
  protected_areas: [
    vocab("kind", "类型", "Kind", protectedKind),
    vocab("protection_level", "级别", "Level", protectionLevel),
  ],
};

/** The record's display name: mines go by mine name, everything else by name_zh / name_en. */
export function recordTitle(
  layer: TileLayer,
  props: Readonly<Record<string, unknown>>,
  locale: "zh" | "en",
): string {
  const pick = (...keys: string[]) =>
    keys.map((k) => props[k]).find((v) => typeof v === "string" && v !== "");
  const name =
    layer === "mines" ? pick("mine_name") : locale === "en" ? pick("name_en", "name_zh") : pick("name_zh");
  return String(name ?? props.code ?? props.unified_code ?? props.id ?? "");
}
