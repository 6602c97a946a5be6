import { publicVocabulary } from "./vocabulary.ts";

/** Indicators a plan sets a figure for (指标). */
export const planIndicator = publicVocabulary({
  swc_rate: { zh: "水土保持率", en: "Soil and water conservation rate" },
  green_mine_rate: { zh: "绿色矿山占比", en: "Green-mine rate" },
  green_mine_rate_large: { zh: "大型生产矿山绿色矿山占比", en: "Green-mine rate, large producing mines" },
  green_mine_rate_medium: { zh: "中型生产矿山绿色矿山占比", en: "Green-mine rate, medium producing mines" },
  green_mine_count: { zh: "绿色矿山数量", en: "Green mines" },
  subsidence_treated_area: { zh: "采煤沉陷区治理面积", en: "Subsidence area treated" },
  subsidence_treated_spend: { zh: "采煤沉陷区治理投入", en: "Spending on subsidence treatment" },
  high_standard_farmland: { zh: "高标准农田", en: "High-standard farmland" },
  slope_to_terrace: { zh: "坡改梯", en: "Slope-to-terrace conversion" },
  hazard_points: { zh: "地质灾害隐患点", en: "Geo-hazard points" },
  hazard_threatened_people: { zh: "隐患点威胁人数", en: "People threatened by hazard points" },
  focus_mines: { zh: "重点中型及以上矿山", en: "Medium or larger mines in focus" },
  green_mines_listed: { zh: "列入国家/省级名录的绿色矿山", en: "Mines on national/provincial green lists" },
  green_mines_submitted: { zh: "已申报绿色矿山", en: "Mines that applied for green status" },
});
export type PlanIndicator = (typeof planIndicator.values)[number];

/** Units of plan figures. */
export const planUnit = publicVocabulary({
  percent: { zh: "%", en: "%" },
  wan_mu: { zh: "万亩", en: "10,000 mu" },
  count: { zh: "个", en: "" },
  people: { zh: "人", en: "people" },
  yi_yuan: { zh: "亿元", en: "100 million yuan" },
});
export type PlanUnit = (typeof planUnit.values)[number];

/** A target to reach, or a figure the document reports as already achieved. */
export const planFigureKind = publicVocabulary({
  target: { zh: "规划目标", en: "Plan target" },
  reported: { zh: "文件公布的完成数", en: "Reported as achieved" },
});
export type PlanFigureKind = (typeof planFigureKind.values)[number];

/** The unit each indicator is kept in; a figure in another unit is refused. */
export const INDICATOR_UNIT: Readonly<Record<PlanIndicator, PlanUnit>> = {
  swc_rate: "percent",
  green_mine_rate: "percent",
  green_mine_rate_large: "percent",
  green_mine_rate_medium: "percent",
  green_mine_count: "count",
  subsidence_treated_area: "wan_mu",
  subsidence_treated_spend: "yi_yuan",
  high_standard_farmland: "wan_mu",
  slope_to_terrace: "wan_mu",
  hazard_points: "count",
  hazard_threatened_people: "people",
  focus_mines: "count",
  green_mines_listed: "count",
  green_mines_submitted: "count",
};

/** First and last year of the time slider: the plans count from 2019 and end in 2035. */
export const PLAN_YEARS = { first: 2019, last: 2035 } as const;

/** 1 亩 = 10000/15 m²; 1 万亩 = 10⁴ 亩. */
export const M2_PER_WAN_MU = (10000 / 15) * 10000;

/**
 * Whether a data_source names synthetic demo data, so its figures are shown as
 * demo actuals and never as real ones.
 */
export function isDemoSource(dataSource: string | null | undefined): boolean {
  return /demo|synthetic|演示|模拟/i.test(dataSource ?? "");
}
