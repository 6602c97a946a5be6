import type { Label } from "../enums.ts";

/**
 * Field labels of the mining registers, the one source the OGC collections
 * (property titles), the popup, the attribute tables and the exports read. A
 * unit or qualifier in parentheses is part of the title; the popup, which
 * prints values with their unit, shows the label without it (`shortLabel`).
 */

/** A mine (采矿权 or historic pit). */
export const mineFieldLabel = {
  license_no: { zh: "采矿许可证号", en: "Mining licence number" },
  mine_name: { zh: "矿山名称", en: "Mine name" },
  company_id: { zh: "采矿权人编号", en: "Right holder id" },
  company_name: { zh: "采矿权人", en: "Right holder" },
  county_code: { zh: "县（市、区）代码", en: "County code" },
  mineral: { zh: "矿种", en: "Mineral" },
  mining_method: { zh: "开采方式", en: "Mining method" },
  production_scale: { zh: "生产规模", en: "Production scale" },
  production_unit: { zh: "规模单位", en: "Unit of the production scale" },
  scale_class: { zh: "规模类型", en: "Scale class" },
  area_km2: { zh: "矿区面积（km²）", en: "Licensed area (km²)" },
  valid_from: { zh: "有效期起", en: "Valid from" },
  valid_to: { zh: "有效期止", en: "Valid to" },
  safety_permit_valid_to: { zh: "安全生产许可证有效期止", en: "Safety permit valid to" },
  remaining_service_years: { zh: "剩余服务年限（年）", en: "Remaining service life (years)" },
  status: { zh: "生产状态", en: "Status" },
  disposition: { zh: "整治处置", en: "Disposition" },
  disposition_doc: { zh: "处置文件", en: "Disposition document" },
  green_mine_level: { zh: "绿色矿山", en: "Green-mine level" },
  green_mine_year: { zh: "绿色矿山年份", en: "Green-mine year" },
  restoration_state: { zh: "修复状态", en: "Restoration state" },
  suitability: { zh: "修复方向", en: "Suitability of the restored land" },
} as const satisfies Record<string, Label>;

/** A subsidence area (采空塌陷区). */
export const subsidenceFieldLabel = {
  code: { zh: "编号", en: "Code" },
  name_zh: { zh: "名称", en: "Name" },
  county_code: { zh: "县（市、区）代码", en: "County code" },
  townships: { zh: "乡镇", en: "Townships" },
  responsibility: { zh: "责任类型", en: "Responsibility" },
  responsible_mines: { zh: "责任矿山及比例", en: "Responsible mines and shares" },
  responsible_mine_ids: { zh: "责任矿山编号", en: "Responsible mine ids" },
  severity: { zh: "损毁程度", en: "Severity" },
  stability: { zh: "稳沉状态", en: "Stability" },
  ponding: { zh: "积水", en: "Ponding" },
  damaged_cultivated_m2: { zh: "损毁耕地（m²）", en: "Damaged cultivated land (m²)" },
  damaged_forest_m2: { zh: "损毁林地（m²）", en: "Damaged forest (m²)" },
  damaged_grass_m2: { zh: "损毁草地（m²）", en: "Damaged grassland (m²)" },
  damaged_construction_m2: { zh: "损毁建设用地（m²）", en: "Damaged construction land (m²)" },
  villages_affected: { zh: "影响村庄数", en: "Villages affected" },
  households_affected: { zh: "影响户数", en: "Households affected" },
  people_affected: { zh: "影响人口", en: "People affected" },
  houses_damaged: { zh: "受损房屋", en: "Houses damaged" },
  treatment_modes: { zh: "治理方式", en: "Treatment modes" },
  reclamation_direction: { zh: "复垦方向", en: "Reclamation direction" },
  plan_year: { zh: "计划治理年份", en: "Planned year" },
  treated_year: { zh: "治理完成年份", en: "Year treated" },
  status: { zh: "治理状态", en: "Status" },
  budget_wan: { zh: "预算（万元）", en: "Budget (10,000 yuan)" },
} as const satisfies Record<string, Label>;

/** A geo-hazard point (地质灾害隐患点). */
export const hazardFieldLabel = {
  unified_code: { zh: "统一编号", en: "Unified code" },
  name_zh: { zh: "名称", en: "Name" },
  hazard_type: { zh: "灾害类型", en: "Hazard type" },
  county_code: { zh: "县（市、区）代码", en: "County code" },
  township: { zh: "乡镇", en: "Township" },
  village: { zh: "村", en: "Village" },
  size_value: { zh: "规模", en: "Size" },
  size_unit: { zh: "规模单位", en: "Unit of the size" },
  scale_grade: { zh: "规模等级", en: "Scale grade" },
  threatened_people: { zh: "威胁人数", en: "Threatened people" },
  threatened_households: { zh: "威胁户数", en: "Threatened households" },
  threatened_property_wan: { zh: "威胁财产（万元）", en: "Threatened property (10,000 yuan)" },
  threat_objects: { zh: "威胁对象", en: "Threatened objects" },
  danger_grade: { zh: "险情等级", en: "Danger grade (override applied)" },
  danger_grade_overridden: { zh: "险情等级经人工核定", en: "Danger grade set by override" },
  stability: { zh: "稳定性", en: "Stability" },
  triggers: { zh: "诱发因素", en: "Triggers" },
  mine_id: { zh: "关联矿山编号", en: "Linked mine id" },
  mine_name: { zh: "关联矿山", en: "Linked mine" },
  subsidence_id: { zh: "关联沉陷区编号", en: "Linked subsidence area id" },
  warning_signal: { zh: "预警信号", en: "Warning signal" },
  shelter_name: { zh: "避险场所", en: "Shelter" },
  measures: { zh: "防治措施", en: "Measures" },
  current_alert: { zh: "当前预警（已确认）", en: "Current alert (confirmed)" },
  alert_raised_at: { zh: "预警发布时间", en: "Alert raised at" },
  inventory_status: { zh: "在册状态", en: "Inventory status" },
  written_off_at: { zh: "核销日期", en: "Written off on" },
  // 明白卡 people: private (public/private-fields.ts), exported only with hazards.read_private.
  monitor_name: { zh: "监测人", en: "Monitor" },
  monitor_phone: { zh: "监测人电话", en: "Monitor's phone" },
  responsible_name: { zh: "防灾责任人", en: "Responsible person" },
  responsible_phone: { zh: "防灾责任人电话", en: "Responsible person's phone" },
} as const satisfies Record<string, Label>;
