/**
 * Real figures from the source documents (the Jincheng plan and the Changzhi
 * reply, as the project's data model cites them): the plans' targets and
 * the achievements they report. These are data, not demo: they are loaded on
 * every start (missing rows only, so a county's own edits stay) through
 * packages/db's plan-targets loader, and a county adds or corrects its own
 * through the admin endpoint PUT /api/targets.
 */
import type { PlanFigureKind, PlanIndicator, PlanUnit } from "@lianpian/domain";

interface PlanSource {
  id: "jincheng_plan" | "changzhi_reply";
  /** The document as it is cited (title in Chinese, then English). */
  citation: string;
}

export const PLAN_SOURCES: Readonly<Record<PlanSource["id"], PlanSource>> = {
  jincheng_plan: {
    id: "jincheng_plan",
    citation: "晋城市水土保持规划 · Jincheng soil and water conservation plan",
  },
  changzhi_reply: {
    id: "changzhi_reply",
    citation: "长治市关于采煤沉陷区治理的答复 · Changzhi reply on coal-mining subsidence treatment",
  },
};

const JINCHENG_PLAN = PLAN_SOURCES.jincheng_plan.citation;
const CHANGZHI_REPLY = PLAN_SOURCES.changzhi_reply.citation;

interface PlanRegionRecord {
  code: string;
  nameZh: string;
  nameEn: string;
  level: "city" | "county";
  parentCode: string | null;
  /** Own outline, [lng, lat] rings; absent when the counties table holds the region's boundary. */
  approximateOutline?: readonly (readonly [number, number])[];
  dataSource: string;
  remarks?: string;
}

/**
 * A sketch of Changzhi city's extent for orientation only: fourteen points
 * along its known limits (Qinyuan in the north-west, Licheng and Pingshun in
 * the east, Huguan and Changzi in the south). Not a boundary: the loader
 * clips it away from Jincheng's counties so the two never overlap.
 */
const CHANGZHI_SKETCH: readonly (readonly [number, number])[] = [
  [111.98, 36.45],
  [112.05, 36.85],
  [112.3, 37.05],
  [112.65, 37.1],
  [112.95, 36.95],
  [113.25, 36.95],
  [113.55, 36.85],
  [113.72, 36.55],
  [113.7, 36.2],
  [113.62, 35.95],
  [113.3, 35.85],
  [112.95, 35.87],
  [112.65, 35.95],
  [112.35, 36.08],
  [112.1, 36.22],
  [111.98, 36.45],
];

const JINCHENG_SOURCE = "晋城市行政区划 GB/T 2260";

export const PLAN_REGIONS: readonly PlanRegionRecord[] = [
  {
    code: "140500",
    nameZh: "晋城市",
    nameEn: "Jincheng",
    level: "city",
    parentCode: null,
    dataSource: JINCHENG_SOURCE,
  },
  ...(
    [
      ["140502", "城区", "Chengqu"],
      ["140521", "沁水县", "Qinshui"],
      ["140522", "阳城县", "Yangcheng"],
      ["140524", "陵川县", "Lingchuan"],
      ["140525", "泽州县", "Zezhou"],
      ["140581", "高平市", "Gaoping"],
    ] as const
  ).map(([code, nameZh, nameEn]) => ({
    code,
    nameZh,
    nameEn,
    level: "county" as const,
    parentCode: "140500",
    dataSource: JINCHENG_SOURCE,
  })),
  {
    code: "140400",
    nameZh: "长治市",
    nameEn: "Changzhi",
    level: "city",
    parentCode: null,
    approximateOutline: CHANGZHI_SKETCH,
    dataSource: "示意范围（非界线） · approximate outline drawn for orientation, not a boundary",
    remarks: "Region of the Changzhi subsidence plan; its outline is a sketch.",
  },
];

interface PlanFigureRecord {
  regionCode: string;
  indicator: PlanIndicator;
  year: number;
  kind: PlanFigureKind;
  value: number;
  unit: PlanUnit;
  periodStart?: number;
  /** Citation of the source document. */
  source: string;
  detail: string;
}

/** Soil-and-water-conservation rate targets, % (Jincheng plan's table): [code, 2025, 2035]. */
const SWC_TARGETS: readonly (readonly [string, number, number])[] = [
  ["140502", 76.86, 88.51],
  ["140525", 64.83, 80.79],
  ["140581", 61.75, 90.98],
  ["140522", 67.86, 73.58],
  ["140524", 62.3, 78.59],
  ["140521", 74.61, 85.75],
  ["140500", 67.61, 81.5],
];

const SWC_DETAIL = "各县（市、区）水土保持率目标表 · table of county targets";
/** The Changzhi reply gives no as-of date for what is done; the figures are taken as at the end of 2024. */
const AS_OF = "截止时间未注明，按2024年底计 · as-of date not stated, taken as end 2024";

export const PLAN_FIGURES: readonly PlanFigureRecord[] = [
  ...SWC_TARGETS.flatMap(([regionCode, t2025, t2035]) => [
    { regionCode, indicator: "swc_rate", year: 2025, kind: "target", value: t2025, unit: "percent" },
    { regionCode, indicator: "swc_rate", year: 2035, kind: "target", value: t2035, unit: "percent" },
  ]).map((f) => ({ ...f, source: JINCHENG_PLAN, detail: SWC_DETAIL }) as PlanFigureRecord),
  {
    regionCode: "140500",
    indicator: "green_mine_rate",
    year: 2025,
    kind: "target",
    value: 36,
    unit: "percent",
    source: JINCHENG_PLAN,
    detail: "绿色矿山比例达到36% · green-mine rate 36 % by 2025",
  },
  {
    regionCode: "140500",
    indicator: "green_mine_count",
    year: 2025,
    kind: "target",
    value: 50,
    unit: "count",
    source: JINCHENG_PLAN,
    detail: "绿色矿山不少于50座、每年不少于10座 · at least 50 green mines, at least 10 a year",
  },
  {
    regionCode: "140500",
    indicator: "high_standard_farmland",
    year: 2025,
    kind: "target",
    value: 135.68,
    unit: "wan_mu",
    source: JINCHENG_PLAN,
    detail: "高标准农田135.68万亩 · 1.3568 million mu of high-standard farmland by 2025",
  },
  {
    regionCode: "140500",
    indicator: "slope_to_terrace",
    year: 2025,
    periodStart: 2021,
    kind: "target",
    value: 8,
    unit: "wan_mu",
    source: JINCHENG_PLAN,
    detail: "“十四五”期间坡改梯8万亩 · 80,000 mu slope-to-terrace in the 14th five-year plan",
  },
  {
    regionCode: "140500",
    indicator: "hazard_points",
    year: 2020,
    kind: "reported",
    value: 322,
    unit: "count",
    source: JINCHENG_PLAN,
    detail: "2020年地质灾害隐患点322处 · 322 hazard points in 2020",
  },
  {
    regionCode: "140500",
    indicator: "hazard_threatened_people",
    year: 2020,
    kind: "reported",
    value: 19791,
    unit: "people",
    source: JINCHENG_PLAN,
    detail: "威胁19791人 · threatening 19,791 people (2020)",
  },
  ...(
    [
      [2025, 4.47],
      [2026, 1.12],
      [2027, 1.18],
      [2028, 0.32],
    ] as const
  ).map(
    ([year, value]): PlanFigureRecord => ({
      regionCode: "140400",
      indicator: "subsidence_treated_area",
      year,
      kind: "target",
      value,
      unit: "wan_mu",
      source: CHANGZHI_REPLY,
      detail: `${year}年计划治理${value}万亩 · plan for ${year}`,
    }),
  ),
  {
    regionCode: "140400",
    indicator: "subsidence_treated_area",
    year: 2024,
    periodStart: 2019,
    kind: "reported",
    value: 5.7,
    unit: "wan_mu",
    source: CHANGZHI_REPLY,
    detail: `2019年以来已治理5.7万亩 · 57,000 mu treated since 2019 (${AS_OF})`,
  },
  {
    regionCode: "140400",
    indicator: "subsidence_treated_spend",
    year: 2024,
    periodStart: 2019,
    kind: "reported",
    value: 9,
    unit: "yi_yuan",
    source: CHANGZHI_REPLY,
    detail: `2019年以来投入约9亿元 · about 900 million yuan since 2019 (${AS_OF})`,
  },
  ...(
    [
      ["focus_mines", 68, "重点中型及以上矿山68座 · 68 medium or larger mines in focus"],
      ["green_mines_listed", 24, "24座列入国家级、省级绿色矿山名录 · 24 on national/provincial lists"],
      ["green_mines_submitted", 36, "36座已申报 · 36 submitted"],
    ] as const
  ).map(
    ([indicator, value, detail]): PlanFigureRecord => ({
      regionCode: "140400",
      indicator,
      year: 2024,
      kind: "reported",
      value,
      unit: "count",
      source: CHANGZHI_REPLY,
      detail: `${detail} (${AS_OF})`,
    }),
  ),
  {
    regionCode: "140400",
    indicator: "green_mine_rate_large",
    year: 2028,
    kind: "target",
    value: 90,
    unit: "percent",
    source: CHANGZHI_REPLY,
    detail: "2028年大型生产矿山90%建成绿色矿山 · 90 % of large producing mines green by 2028",
  },
  {
    regionCode: "140400",
    indicator: "green_mine_rate_medium",
    year: 2028,
    kind: "target",
    value: 80,
    unit: "percent",
    source: CHANGZHI_REPLY,
    detail: "2028年中型生产矿山80%建成绿色矿山 · 80 % of medium producing mines green by 2028",
  },
];

/** What the plan-targets loader (packages/db) takes. */
export const PLAN_TARGETS_DATASET = { regions: PLAN_REGIONS, figures: PLAN_FIGURES } as const;
