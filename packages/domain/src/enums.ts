/**
 * The closed vocabularies of the data model, each value with its zh-CN and
 * English label. The CHECK lists in db/migrations mirror these (a test
 * compares them), so a value the database accepts always has a label.
 */
export interface Label {
  zh: string;
  en: string;
}

/** A closed vocabulary: its values in order and a label for each. */
export interface Vocabulary<V extends string> {
  values: readonly V[];
  labels: Readonly<Record<V, Label>>;
  has(value: unknown): value is V;
}

function vocabulary<V extends string>(labels: Record<V, Label>): Vocabulary<V> {
  const values = Object.keys(labels) as V[];
  return { values, labels, has: (value: unknown): value is V => values.includes(value as V) };
}

export const mineral = vocabulary({
  coal: { zh: "煤炭", en: "Coal" },
  coalbed_methane: { zh: "煤层气", en: "Coalbed methane" },
  bauxite: { zh: "铝土矿", en: "Bauxite" },
  iron: { zh: "铁矿", en: "Iron ore" },
  cement_limestone: { zh: "水泥用灰岩", en: "Cement limestone" },
  construction_stone: { zh: "建筑石料", en: "Construction stone" },
  sand_gravel: { zh: "砂石", en: "Sand and gravel" },
  clay: { zh: "黏土", en: "Clay" },
  dolomite: { zh: "白云岩", en: "Dolomite" },
  other: { zh: "其他", en: "Other" },
});

export const miningMethod = vocabulary({
  underground: { zh: "地下开采", en: "Underground" },
  open_pit: { zh: "露天开采", en: "Open pit" },
  combined: { zh: "联合开采", en: "Combined" },
});

export const scaleClass = vocabulary({
  large: { zh: "大型", en: "Large" },
  medium: { zh: "中型", en: "Medium" },
  small: { zh: "小型", en: "Small" },
});

export const mineStatus = vocabulary({
  producing: { zh: "生产", en: "Producing" },
  building: { zh: "基建", en: "Under construction" },
  suspended: { zh: "停产", en: "Suspended" },
  closed: { zh: "关闭", en: "Closed" },
  historic_abandoned: { zh: "历史遗留废弃", en: "Historic abandoned" },
});

export const disposition = vocabulary({
  close_and_ban: { zh: "关闭取缔", en: "Close and ban" },
  guided_exit: { zh: "引导退出", en: "Guided exit" },
  consolidate: { zh: "整合重组", en: "Consolidate" },
  upgrade: { zh: "升级改造", en: "Upgrade" },
  new_allocation: { zh: "新设出让", en: "New allocation" },
  retain: { zh: "保留", en: "Retain" },
});

export const greenMineLevel = vocabulary({
  national: { zh: "国家级绿色矿山", en: "National green mine" },
  provincial: { zh: "省级绿色矿山", en: "Provincial green mine" },
  submitted: { zh: "已申报", en: "Submitted" },
  none: { zh: "未申报", en: "None" },
});

export const restorationState = vocabulary({
  not_started: { zh: "未治理", en: "Not started" },
  in_progress: { zh: "治理中", en: "In progress" },
  restored: { zh: "已治理", en: "Restored" },
  accepted: { zh: "已验收", en: "Accepted" },
});

/** Suitability of restored land (宜林、宜景、宜垦、宜渔、宜草). */
export const suitability = vocabulary({
  forest: { zh: "宜林", en: "Forest" },
  landscape: { zh: "宜景", en: "Landscape" },
  farmland: { zh: "宜垦", en: "Farmland" },
  fishery: { zh: "宜渔", en: "Fishery" },
  grassland: { zh: "宜草", en: "Grassland" },
  construction: { zh: "建设用地", en: "Construction" },
});

export const subsidenceResponsibility = vocabulary({
  enterprise: { zh: "企业（新增）", en: "Enterprise (new)" },
  government: { zh: "政府（历史遗留）", en: "Government (historic)" },
  mixed: { zh: "混合", en: "Mixed" },
});

export const severity = vocabulary({
  light: { zh: "轻度", en: "Light" },
  moderate: { zh: "中度", en: "Moderate" },
  severe: { zh: "重度", en: "Severe" },
});

export const subsidenceStability = vocabulary({
  settled: { zh: "已稳沉", en: "Settled" },
  unsettled: { zh: "未稳沉", en: "Unsettled" },
});

export const treatmentMode = vocabulary({
  relocation: { zh: "搬迁避让", en: "Relocation" },
  house_repair: { zh: "房屋修缮", en: "House repair" },
  reclamation: { zh: "土地复垦", en: "Reclamation" },
  hazard_works: { zh: "地灾治理工程", en: "Hazard works" },
  ecological_restoration: { zh: "生态修复", en: "Ecological restoration" },
});

export const subsidenceStatus = vocabulary({
  untreated: { zh: "未治理", en: "Untreated" },
  planned: { zh: "已规划", en: "Planned" },
  in_progress: { zh: "治理中", en: "In progress" },
  completed: { zh: "已完工", en: "Completed" },
  accepted: { zh: "已验收", en: "Accepted" },
});

export const hazardType = vocabulary({
  collapse: { zh: "崩塌", en: "Rock fall / collapse" },
  landslide: { zh: "滑坡", en: "Landslide" },
  debris_flow: { zh: "泥石流", en: "Debris flow" },
  ground_collapse: { zh: "地面塌陷", en: "Ground collapse" },
  ground_fissure: { zh: "地裂缝", en: "Ground fissure" },
  land_subsidence: { zh: "地面沉降", en: "Land subsidence" },
  unstable_slope: { zh: "不稳定斜坡", en: "Unstable slope" },
});

/** Danger grade (险情等级) and scale grade share these four steps. */
export const dangerGrade = vocabulary({
  small: { zh: "小型", en: "Small" },
  medium: { zh: "中型", en: "Medium" },
  large: { zh: "大型", en: "Large" },
  huge: { zh: "特大型", en: "Very large" },
});

export const hazardStability = vocabulary({
  stable: { zh: "稳定", en: "Stable" },
  less_stable: { zh: "基本稳定", en: "Less stable" },
  unstable: { zh: "不稳定", en: "Unstable" },
});

export const hazardTrigger = vocabulary({
  rainfall: { zh: "降雨", en: "Rainfall" },
  mining: { zh: "采矿", en: "Mining" },
  slope_cut: { zh: "切坡", en: "Slope cutting" },
  groundwater: { zh: "地下水", en: "Groundwater" },
  earthquake: { zh: "地震", en: "Earthquake" },
  freeze_thaw: { zh: "冻融", en: "Freeze-thaw" },
  other: { zh: "其他", en: "Other" },
});

export const hazardMeasure = vocabulary({
  group_monitoring: { zh: "群测群防", en: "Group monitoring" },
  professional_monitoring: { zh: "专业监测", en: "Professional monitoring" },
  relocation: { zh: "搬迁避让", en: "Relocation" },
  engineering: { zh: "工程治理", en: "Engineering" },
});

export const alertLevel = vocabulary({
  none: { zh: "无", en: "None" },
  blue: { zh: "蓝色", en: "Blue" },
  yellow: { zh: "黄色", en: "Yellow" },
  orange: { zh: "橙色", en: "Orange" },
  red: { zh: "红色", en: "Red" },
});

export const inventoryStatus = vocabulary({
  active: { zh: "在册", en: "Active" },
  written_off: { zh: "已核销", en: "Written off" },
});

export const thresholdParameter = vocabulary({
  crack_change_mm: { zh: "裂缝变化量（mm）", en: "Crack change (mm)" },
  displacement_mm: { zh: "位移（mm）", en: "Displacement (mm)" },
  rainfall_mm: { zh: "降雨量（mm）", en: "Rainfall (mm)" },
});

export const inspectionKind = vocabulary({
  routine: { zh: "日常巡查", en: "Routine" },
  pre_flood: { zh: "汛前排查", en: "Pre-flood" },
  post_flood: { zh: "汛后核查", en: "Post-flood" },
  emergency: { zh: "应急排查", en: "Emergency" },
  instrument: { zh: "仪器监测", en: "Instrument" },
});

export const macroSign = vocabulary({
  new_crack: { zh: "新裂缝", en: "New crack" },
  crack_growth: { zh: "裂缝扩展", en: "Crack growth" },
  bulging: { zh: "鼓胀", en: "Bulging" },
  local_collapse: { zh: "局部垮塌", en: "Local collapse" },
  spring_change: { zh: "泉水异常", en: "Spring change" },
  tree_tilt: { zh: "树木歪斜", en: "Tree tilt" },
  house_crack: { zh: "房屋开裂", en: "House crack" },
  noise: { zh: "异常声响", en: "Noise" },
});

export const assessment = vocabulary({
  normal: { zh: "正常", en: "Normal" },
  abnormal: { zh: "异常", en: "Abnormal" },
});

export const inspectionAction = vocabulary({
  report: { zh: "上报", en: "Report" },
  densify_monitoring: { zh: "加密监测", en: "Densify monitoring" },
  evacuate: { zh: "组织撤离", en: "Evacuate" },
  close_road: { zh: "封闭道路", en: "Close road" },
});

export const corridorType = vocabulary({
  river: { zh: "河流廊道", en: "River" },
  road: { zh: "道路廊道", en: "Road" },
  railway: { zh: "铁路廊道", en: "Railway" },
  ridgeline: { zh: "山脊廊道", en: "Ridgeline" },
});

export const corridorFunction = vocabulary({
  water_conservation: { zh: "水源涵养", en: "Water conservation" },
  soil_conservation: { zh: "水土保持", en: "Soil conservation" },
  biodiversity: { zh: "生物多样性", en: "Biodiversity" },
  landscape: { zh: "景观游憩", en: "Landscape" },
});

export const corridorStatus = vocabulary({
  planned: { zh: "规划", en: "Planned" },
  building: { zh: "建设中", en: "Building" },
  built: { zh: "已建成", en: "Built" },
});

export const zoneType = vocabulary({
  contiguous_mine: { zh: "矿山集中连片", en: "Contiguous mine area" },
  historic_pit: { zh: "历史遗留露天矿坑", en: "Historic open pit" },
  subsidence: { zh: "采煤沉陷区", en: "Subsidence" },
  hazard_works: { zh: "地质灾害治理", en: "Hazard works" },
  erosion: { zh: "水土流失治理", en: "Erosion control" },
});

export const damageType = vocabulary({
  excavation: { zh: "挖损", en: "Excavation" },
  subsidence: { zh: "塌陷", en: "Subsidence" },
  occupation: { zh: "压占", en: "Occupation" },
  pollution: { zh: "污染", en: "Pollution" },
});

/** The four implementation modes of the Qinshui plan (§5). */
export const implementationMode = vocabulary({
  single_enterprise: { zh: "政府规划、一家企业实施", en: "Government plans, one enterprise implements" },
  pooled_by_share: {
    zh: "多家企业按比例出资、政府实施",
    en: "Enterprises pay by share, government implements",
  },
  enterprise_claim: { zh: "企业认领任务", en: "Enterprises claim tasks" },
  co_funded: { zh: "部分基金可用、政府配套", en: "Partial fund, government co-funds" },
});

export const phase = vocabulary({
  near: { zh: "近期（至2025年）", en: "Near term (to 2025)" },
  middle: { zh: "中期（2026–2028年）", en: "Middle (2026–2028)" },
  long: { zh: "远期（2029–2035年）", en: "Long term (2029–2035)" },
});

export const zoneStatus = vocabulary({
  draft: { zh: "草案", en: "Draft" },
  planned: { zh: "已规划", en: "Planned" },
  approved: { zh: "已批准", en: "Approved" },
  in_progress: { zh: "实施中", en: "In progress" },
  completed: { zh: "已完工", en: "Completed" },
  accepted: { zh: "已验收", en: "Accepted" },
  aftercare: { zh: "管护期", en: "Aftercare" },
});

/** The six task kinds of a contiguous zone (Qinshui plan). */
export const taskKind = vocabulary({
  mine_restoration: { zh: "矿山修复", en: "Mine restoration" },
  water: { zh: "水环境治理", en: "Water" },
  roads: { zh: "采矿损毁道路", en: "Roads damaged by mining" },
  living_environment: { zh: "人居环境", en: "Living environment" },
  hazard_prevention: { zh: "地灾防治", en: "Geo-hazard prevention" },
  greening_corridor: { zh: "绿化与生态廊道", en: "Greening and corridors" },
});

export const riverClass = vocabulary({
  main: { zh: "干流", en: "Main river" },
  tributary: { zh: "支流", en: "Tributary" },
  stream: { zh: "溪沟", en: "Stream" },
});

export const transportKind = vocabulary({
  expressway: { zh: "高速公路", en: "Expressway" },
  high_speed_rail: { zh: "高速铁路", en: "High-speed rail" },
  railway: { zh: "普通铁路", en: "Railway" },
  national_road: { zh: "国道", en: "National road" },
  provincial_road: { zh: "省道", en: "Provincial road" },
});

export const protectedKind = vocabulary({
  ecological_red_line: { zh: "生态保护红线", en: "Ecological red line" },
  water_source: { zh: "水源保护区", en: "Water-source protection" },
  nature_reserve: { zh: "自然保护区", en: "Nature reserve" },
  forest_park: { zh: "森林公园", en: "Forest park" },
  scenic_area: { zh: "风景名胜区", en: "Scenic area" },
});

export const protectionLevel = vocabulary({
  national: { zh: "国家级", en: "National" },
  provincial: { zh: "省级", en: "Provincial" },
  city: { zh: "市级", en: "City" },
  county: { zh: "县级", en: "County" },
});

export const infrastructureKind = vocabulary({
  reservoir: { zh: "水库", en: "Reservoir" },
  power_line: { zh: "输电线路", en: "Power line" },
  pipeline: { zh: "管线", en: "Pipeline" },
  dam: { zh: "淤地坝", en: "Check dam" },
  school: { zh: "学校", en: "School" },
  hospital: { zh: "医院", en: "Hospital" },
  other: { zh: "其他", en: "Other" },
});

export type Mineral = (typeof mineral.values)[number];
export type MineStatus = (typeof mineStatus.values)[number];
export type HazardType = (typeof hazardType.values)[number];
export type DangerGrade = (typeof dangerGrade.values)[number];
export type AlertLevel = (typeof alertLevel.values)[number];
export type ZoneStatus = (typeof zoneStatus.values)[number];
export type Phase = (typeof phase.values)[number];
export type CorridorType = (typeof corridorType.values)[number];
export type SubsidenceStatus = (typeof subsidenceStatus.values)[number];
