import * as v from "../enums.ts";

/**
 * The fixed registry of the layers a file can be imported into: each layer's
 * table, natural key, geometry kind and target fields (type, required, the
 * vocabulary a value maps onto, the usual Chinese column names for automatic
 * matching). Every table and column name that reaches SQL comes from here.
 */

export type ImportFieldType = "text" | "int" | "num" | "bool" | "date" | "texts";
export type ImportGeometryKind = "point" | "line" | "polygon" | "any";

export interface ImportField {
  name: string;
  zh: string;
  en: string;
  type: ImportFieldType;
  required?: boolean;
  /** A closed vocabulary the value (or each value of a list) maps onto. */
  vocabulary?: v.Vocabulary<string>;
  /** Text must match, e.g. a licence number. */
  pattern?: RegExp;
  min?: number;
  max?: number;
  /** Usual column names besides `zh` and `name` (matched ignoring case, spaces and a unit in brackets). */
  aliases?: readonly string[];
  /** Not a column of the table: resolved at commit (a mine's holder). */
  virtual?: boolean;
}

export interface ImportLayer {
  name: ImportLayerName;
  title: { zh: string; en: string };
  table: string;
  geometryColumn: string;
  geometryKind: ImportGeometryKind;
  /** Natural key field: a row whose key exists is updated, else inserted. */
  key: string;
  /** Whether county_code is filled from the county the geometry lies in when the file has none. */
  countyFromGeometry: boolean;
  fields: readonly ImportField[];
}

export const IMPORT_LAYER_NAMES = [
  "mines",
  "subsidence",
  "hazards",
  "corridors",
  "zones",
  "counties",
  "villages",
  "rivers",
  "transport",
  "protected_areas",
  "infrastructure",
] as const;
export type ImportLayerName = (typeof IMPORT_LAYER_NAMES)[number];

const f = (
  name: string,
  zh: string,
  en: string,
  type: ImportFieldType,
  more: Partial<ImportField> = {},
): ImportField => ({ name, zh, en, type, ...more });

const COUNTY_LEVEL: v.Vocabulary<string> = {
  values: ["city", "county"],
  labels: { city: { zh: "市", en: "City" }, county: { zh: "县（区）", en: "County" } },
  has: (x: unknown): x is string => x === "city" || x === "county",
};

const county = f("county_code", "行政区划代码", "County code", "text", {
  pattern: /^[0-9]{6}$/,
  aliases: ["县区代码", "区县代码", "行政区代码", "县代码"],
});
const remarks = f("remarks", "备注", "Remarks", "text", { aliases: ["说明"] });
const source = f("data_source", "数据来源", "Data source", "text", { aliases: ["来源"] });
const nameZh = (zh: string, aliases: string[] = []) =>
  f("name_zh", zh, "Name", "text", { required: true, aliases: ["名称", "name", ...aliases] });

const LAYERS: readonly ImportLayer[] = [
  {
    name: "mines",
    title: { zh: "矿山", en: "Mines" },
    table: "mines",
    geometryColumn: "geom",
    geometryKind: "polygon",
    key: "license_no",
    countyFromGeometry: true,
    fields: [
      f("license_no", "采矿许可证号", "Licence number", "text", {
        pattern: /^C[0-9]{22}$/,
        aliases: ["许可证号", "采矿证号", "证号"],
      }),
      f("mine_name", "矿山名称", "Mine name", "text", {
        required: true,
        min: 2,
        max: 100,
        aliases: ["矿山名"],
      }),
      f("company_name", "采矿权人", "Licence holder", "text", {
        virtual: true,
        aliases: ["矿业权人", "企业名称"],
      }),
      f("credit_code", "统一社会信用代码", "Credit code", "text", {
        virtual: true,
        pattern: /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
        aliases: ["信用代码"],
      }),
      county,
      f("mineral", "开采矿种", "Mineral", "text", {
        required: true,
        vocabulary: v.mineral,
        aliases: ["矿种"],
      }),
      f("mining_method", "开采方式", "Mining method", "text", { required: true, vocabulary: v.miningMethod }),
      f("production_scale", "生产规模", "Production scale", "num", { min: 0, max: 99_999 }),
      f("scale_class", "矿山规模", "Scale class", "text", {
        vocabulary: v.scaleClass,
        aliases: ["规模类型"],
      }),
      f("area_km2", "矿区面积", "Area (km²)", "num", { min: 0, max: 999 }),
      f("valid_from", "有效期起", "Valid from", "date", { aliases: ["有效期起始"] }),
      f("valid_to", "有效期止", "Valid to", "date", { aliases: ["有效期至"] }),
      f("status", "生产状态", "Status", "text", {
        required: true,
        vocabulary: v.mineStatus,
        aliases: ["矿山状态", "状态"],
      }),
      f("disposition", "处置方式", "Disposition", "text", { vocabulary: v.disposition }),
      f("green_mine_level", "绿色矿山", "Green mine level", "text", { vocabulary: v.greenMineLevel }),
      f("restoration_state", "修复状态", "Restoration state", "text", { vocabulary: v.restorationState }),
      source,
      remarks,
    ],
  },
  {
    name: "subsidence",
    title: { zh: "采煤沉陷区", en: "Subsidence areas" },
    table: "subsidence_areas",
    geometryColumn: "geom",
    geometryKind: "polygon",
    key: "code",
    countyFromGeometry: true,
    fields: [
      f("code", "沉陷区编号", "Code", "text", { required: true, min: 3, max: 40, aliases: ["编号"] }),
      nameZh("沉陷区名称"),
      county,
      f("responsibility", "治理责任", "Responsibility", "text", {
        required: true,
        vocabulary: v.subsidenceResponsibility,
        aliases: ["责任类型"],
      }),
      f("severity", "破坏程度", "Severity", "text", {
        required: true,
        vocabulary: v.severity,
        aliases: ["严重程度"],
      }),
      f("stability", "稳定状态", "Stability", "text", {
        required: true,
        vocabulary: v.subsidenceStability,
        aliases: ["稳定性"],
      }),
      f("status", "治理状态", "Status", "text", {
        required: true,
        vocabulary: v.subsidenceStatus,
        aliases: ["状态"],
      }),
      f("ponding", "积水", "Ponding", "bool", { aliases: ["是否积水"] }),
      f("villages_affected", "影响村庄数", "Villages affected", "int", { min: 0 }),
      f("households_affected", "影响户数", "Households affected", "int", { min: 0 }),
      f("people_affected", "影响人数", "People affected", "int", { min: 0 }),
      f("houses_damaged", "损坏房屋", "Houses damaged", "int", { min: 0 }),
      f("plan_year", "计划治理年度", "Plan year", "int", { min: 2000, max: 2100 }),
      f("treated_year", "治理年度", "Treated year", "int", { min: 2000, max: 2100 }),
      f("budget_wan", "投资", "Budget (万元)", "num", { min: 0, aliases: ["估算投资", "预算"] }),
      source,
      remarks,
    ],
  },
  {
    name: "hazards",
    title: { zh: "地质灾害隐患点", en: "Hazard points" },
    table: "hazard_points",
    geometryColumn: "geom",
    geometryKind: "point",
    key: "unified_code",
    countyFromGeometry: true,
    fields: [
      f("unified_code", "统一编号", "Unified code", "text", {
        required: true,
        pattern: /^[0-9]{12}$/,
        aliases: ["灾害点编号", "野外编号"],
      }),
      nameZh("隐患点名称", ["灾害点名称"]),
      f("hazard_type", "灾害类型", "Hazard type", "text", {
        required: true,
        vocabulary: v.hazardType,
        aliases: ["灾种"],
      }),
      county,
      f("township", "乡镇", "Township", "text"),
      f("village", "村", "Village", "text", { aliases: ["行政村", "村庄"] }),
      f("threatened_people", "威胁人数", "People threatened", "int", { min: 0, max: 100_000 }),
      f("threatened_households", "威胁户数", "Households threatened", "int", { min: 0, max: 50_000 }),
      f("threatened_property_wan", "威胁财产", "Property threatened (万元)", "num", { min: 0 }),
      f("danger_grade", "险情等级", "Danger grade", "text", { required: true, vocabulary: v.dangerGrade }),
      f("scale_grade", "规模等级", "Scale grade", "text", { vocabulary: v.dangerGrade }),
      f("stability", "稳定性", "Stability", "text", { vocabulary: v.hazardStability }),
      f("monitor_name", "监测人", "Monitor", "text", { aliases: ["群测群防员"] }),
      f("monitor_phone", "监测人电话", "Monitor phone", "text", { pattern: /^[0-9+\- ]{5,20}$/ }),
      f("responsible_name", "责任人", "Responsible person", "text"),
      f("responsible_phone", "责任人电话", "Responsible phone", "text", { pattern: /^[0-9+\- ]{5,20}$/ }),
      source,
      remarks,
    ],
  },
  {
    name: "corridors",
    title: { zh: "生态廊道", en: "Corridors" },
    table: "corridors",
    geometryColumn: "centerline",
    geometryKind: "line",
    key: "code",
    countyFromGeometry: false,
    fields: [
      f("code", "廊道编号", "Code", "text", { required: true, aliases: ["编号"] }),
      nameZh("廊道名称"),
      f("corridor_type", "廊道类型", "Corridor type", "text", { required: true, vocabulary: v.corridorType }),
      f("anchor", "依托", "Anchor", "text", { required: true, aliases: ["依托对象"] }),
      f("width_left_m", "左侧宽度", "Left width (m)", "num", { required: true, min: 0.1, max: 5000 }),
      f("width_right_m", "右侧宽度", "Right width (m)", "num", { required: true, min: 0.1, max: 5000 }),
      f("functions", "功能", "Functions", "texts", { vocabulary: v.corridorFunction }),
      f("status", "建设状态", "Status", "text", {
        required: true,
        vocabulary: v.corridorStatus,
        aliases: ["状态"],
      }),
      source,
      remarks,
    ],
  },
  {
    name: "zones",
    title: { zh: "治理片区", en: "Treatment zones" },
    table: "treatment_zones",
    geometryColumn: "geom",
    geometryKind: "polygon",
    key: "code",
    countyFromGeometry: false,
    fields: [
      f("code", "片区编号", "Zone code", "text", {
        required: true,
        pattern: /^[A-Z0-9-]{3,40}$/,
        // 地块编号 / 地块名称: a 国土 TXT block's header
        aliases: ["编号", "地块编号"],
      }),
      f("name_zh", "片区名称", "Name", "text", {
        required: true,
        min: 2,
        max: 100,
        aliases: ["名称", "地块名称"],
      }),
      f("zone_type", "片区类型", "Zone type", "text", {
        required: true,
        vocabulary: v.zoneType,
        aliases: ["类型"],
      }),
      f("phase", "实施期", "Phase", "text", {
        required: true,
        vocabulary: v.phase,
        aliases: ["规划期", "期限"],
      }),
      f("implementation_mode", "实施模式", "Implementation mode", "text", {
        vocabulary: v.implementationMode,
      }),
      f("damage_types", "损毁类型", "Damage types", "texts", { vocabulary: v.damageType }),
      f("budget_wan", "估算投资", "Budget (万元)", "num", { min: 0, aliases: ["投资"] }),
      f("fund_sources", "资金来源", "Fund sources", "text"),
      source,
      remarks,
    ],
  },
  {
    name: "counties",
    title: { zh: "县区", en: "Counties" },
    table: "counties",
    geometryColumn: "geom",
    geometryKind: "polygon",
    key: "code",
    countyFromGeometry: false,
    fields: [
      f("code", "行政区划代码", "Code", "text", { required: true, pattern: /^[0-9]{6}$/, aliases: ["代码"] }),
      nameZh("县区名称"),
      f("name_en", "英文名称", "English name", "text"),
      f("level", "级别", "Level", "text", { required: true, vocabulary: COUNTY_LEVEL, aliases: ["层级"] }),
      source,
      remarks,
    ],
  },
  {
    name: "villages",
    title: { zh: "村庄", en: "Villages" },
    table: "villages",
    geometryColumn: "geom",
    geometryKind: "point",
    key: "name_zh",
    countyFromGeometry: true,
    fields: [
      nameZh("村庄名称", ["村名"]),
      county,
      f("township", "乡镇", "Township", "text"),
      f("population", "人口", "Population", "int", {
        required: true,
        min: 0,
        max: 1_000_000,
        aliases: ["人数"],
      }),
      f("households", "户数", "Households", "int", { required: true, min: 0, max: 500_000 }),
      source,
      remarks,
    ],
  },
  {
    name: "rivers",
    title: { zh: "河流", en: "Rivers" },
    table: "rivers",
    geometryColumn: "geom",
    geometryKind: "line",
    key: "name_zh",
    countyFromGeometry: false,
    fields: [
      nameZh("河流名称"),
      f("name_en", "英文名称", "English name", "text"),
      f("river_class", "河流等级", "River class", "text", { required: true, vocabulary: v.riverClass }),
      source,
      remarks,
    ],
  },
  {
    name: "transport",
    title: { zh: "交通线", en: "Transport" },
    table: "transport_lines",
    geometryColumn: "geom",
    geometryKind: "line",
    key: "name_zh",
    countyFromGeometry: false,
    fields: [
      nameZh("道路名称", ["线路名称"]),
      f("name_en", "英文名称", "English name", "text"),
      f("ref", "编号", "Reference", "text", { aliases: ["路线编号"] }),
      f("kind", "道路类型", "Kind", "text", {
        required: true,
        vocabulary: v.transportKind,
        aliases: ["类型"],
      }),
      source,
      remarks,
    ],
  },
  {
    name: "protected_areas",
    title: { zh: "保护地", en: "Protected areas" },
    table: "protected_areas",
    geometryColumn: "geom",
    geometryKind: "polygon",
    key: "name_zh",
    countyFromGeometry: false,
    fields: [
      nameZh("保护地名称"),
      f("kind", "保护地类型", "Kind", "text", {
        required: true,
        vocabulary: v.protectedKind,
        aliases: ["类型"],
      }),
      f("protection_level", "保护级别", "Protection level", "text", {
        required: true,
        vocabulary: v.protectionLevel,
        aliases: ["级别"],
      }),
      source,
      remarks,
    ],
  },
  {
    name: "infrastructure",
    title: { zh: "基础设施", en: "Infrastructure" },
    table: "infrastructure",
    geometryColumn: "geom",
    geometryKind: "any",
    key: "name_zh",
    countyFromGeometry: false,
    fields: [
      nameZh("设施名称"),
      f("kind", "设施类型", "Kind", "text", {
        required: true,
        vocabulary: v.infrastructureKind,
        aliases: ["类型"],
      }),
      source,
      remarks,
    ],
  },
];

const BY_NAME = new Map(LAYERS.map((l) => [l.name, l]));

/** The registry entry of a layer name, or undefined for a name not in the list. */
export function importLayer(name: string): ImportLayer | undefined {
  return BY_NAME.get(name as ImportLayerName);
}

/** Every importable layer, in the registry's order. */
export const IMPORT_LAYERS: readonly ImportLayer[] = LAYERS;
