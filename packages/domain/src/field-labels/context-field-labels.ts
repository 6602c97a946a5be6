import type { Label } from "../enums.ts";

/** Field labels of the corridors, the check dams and the context layers (see mining-field-labels.ts). */

/** An ecological corridor. */
export const corridorFieldLabel = {
  code: { zh: "编号", en: "Code" },
  name_zh: { zh: "名称", en: "Name" },
  corridor_type: { zh: "廊道类型", en: "Corridor type" },
  anchor: { zh: "依托", en: "Anchor (river or road)" },
  width_left_m: { zh: "左侧宽度（m）", en: "Width left (m)" },
  width_right_m: { zh: "右侧宽度（m）", en: "Width right (m)" },
  county_codes: { zh: "涉及县（市、区）", en: "Counties" },
  functions: { zh: "生态功能", en: "Functions" },
  vegetation_cover_baseline: { zh: "植被覆盖度基线（%）", en: "Vegetation cover baseline (%)" },
  vegetation_cover_current: { zh: "植被覆盖度现状（%）", en: "Vegetation cover now (%)" },
  status: { zh: "建设状态", en: "Status" },
  length_m: { zh: "长度（m）", en: "Length (m)" },
  area_m2: { zh: "面积（m²）", en: "Area (m²)" },
} as const satisfies Record<string, Label>;

/** A county (or the city). */
export const countyFieldLabel = {
  code: { zh: "行政区划代码", en: "GB/T 2260 code" },
  name_zh: { zh: "名称", en: "Name (zh)" },
  name_en: { zh: "英文名称", en: "Name (en)" },
  parent_code: { zh: "上级代码", en: "Parent code" },
  level: { zh: "级别", en: "Level" },
  swc_rate_now: { zh: "水土保持率现状（%）", en: "Soil-and-water-conservation rate now (%)" },
  swc_rate_now_year: { zh: "现状年份", en: "Year of the current rate" },
  swc_target_2025: { zh: "2025年目标（%）", en: "2025 target (%)" },
  swc_target_2035: { zh: "2035年目标（%）", en: "2035 target (%)" },
} as const satisfies Record<string, Label>;

/** A river. */
export const riverFieldLabel = {
  name_zh: { zh: "名称", en: "Name (zh)" },
  name_en: { zh: "英文名称", en: "Name (en)" },
  river_class: { zh: "河流等级", en: "River class" },
} as const satisfies Record<string, Label>;

/** A road or railway. */
export const transportFieldLabel = {
  name_zh: { zh: "名称", en: "Name (zh)" },
  name_en: { zh: "英文名称", en: "Name (en)" },
  ref: { zh: "编号", en: "Route number" },
  kind: { zh: "类型", en: "Kind" },
} as const satisfies Record<string, Label>;

/** A village. */
export const villageFieldLabel = {
  name_zh: { zh: "名称", en: "Name (zh)" },
  name_en: { zh: "英文名称", en: "Name (en)" },
  county_code: { zh: "县（市、区）代码", en: "County code" },
  township: { zh: "乡镇", en: "Township" },
  population: { zh: "人口", en: "Population" },
  households: { zh: "户数", en: "Households" },
} as const satisfies Record<string, Label>;

/** A protected area. */
export const protectedAreaFieldLabel = {
  name_zh: { zh: "名称", en: "Name (zh)" },
  name_en: { zh: "英文名称", en: "Name (en)" },
  kind: { zh: "类型", en: "Kind" },
  protection_level: { zh: "保护级别", en: "Protection level" },
} as const satisfies Record<string, Label>;

/** A check dam (淤地坝). */
export const checkDamFieldLabel = {
  code: { zh: "编号", en: "Code" },
  name_zh: { zh: "名称", en: "Name" },
  county_code: { zh: "县（市、区）代码", en: "County code" },
  dam_type: { zh: "坝型", en: "Dam type" },
  storage_wan_m3: { zh: "库容（万m³）", en: "Storage capacity (10,000 m³)" },
  control_area_km2: { zh: "控制面积（km²）", en: "Control area (km²)" },
  built_year: { zh: "建成年份", en: "Year built" },
  condition: { zh: "工程状况", en: "Condition" },
  risk_level: { zh: "风险等级", en: "Risk level" },
  responsible_unit: { zh: "责任单位", en: "Responsible unit" },
} as const satisfies Record<string, Label>;

/** A piece of infrastructure (export only: no tile layer or collection). */
export const infrastructureFieldLabel = {
  name_zh: { zh: "名称", en: "Name (zh)" },
  kind: { zh: "类型", en: "Kind" },
} as const satisfies Record<string, Label>;
