import type { Label } from "@lianpian/domain";

/** Strings of the plan-rules tab, zh-CN first. */
export const RULES_TEXT = {
  tab: { zh: "规划规则", en: "Plan rules" },
  rectification: { zh: "非煤矿山整治（泽州）", en: "Non-coal rectification (Zezhou)" },
  pits: { zh: "历史遗留矿坑（城区）", en: "Historic pits (Chengqu)" },
  county: { zh: "县", en: "County" },
  allCounties: { zh: "全部县", en: "All counties" },
  klass: { zh: "执行类别", en: "Class in force" },
  allClasses: { zh: "全部类别", en: "All classes" },
  asOf: { zh: "判定日期", en: "As of" },
  exportCsv: { zh: "导出 CSV", en: "Export CSV" },
  mine: { zh: "矿山", en: "Mine" },
  computed: { zh: "计算类别", en: "Computed" },
  recorded: { zh: "认定类别", en: "Recorded" },
  reasons: { zh: "依据", en: "Reasons" },
  differs: { zh: "与计算不同", en: "differs from computed" },
  countsTitle: { zh: "各县分类数量（执行类别）", en: "Mines per county and class (in force)" },
  newVsClosed: { zh: "新设与关闭", en: "New vs closed" },
  newVsClosedOk: { zh: "新设未多于关闭", en: "new sites do not outnumber closed" },
  newVsClosedBad: { zh: "新设多于关闭", en: "new sites outnumber closed" },
  consolidation: { zh: "整合重组候选", en: "Consolidation candidates" },
  noPairs: { zh: "没有候选", en: "No candidates" },
  band: { zh: "可视范围（米）", en: "Visible band (m)" },
  rank: { zh: "序号", en: "Rank" },
  line: { zh: "最近线路", en: "Nearest line" },
  distance: { zh: "距离（米）", en: "Distance (m)" },
  visible: { zh: "可视", en: "Visible" },
  suitability: { zh: "适宜性", en: "Suitability" },
  state: { zh: "治理状态", en: "State" },
  goal: { zh: "2025年底前可视矿坑全部治理", en: "All visible pits restored by end 2025" },
  loading: { zh: "正在读取…", en: "Loading…" },
  failed: { zh: "读取失败", en: "Could not read" },
  locate: { zh: "定位", en: "Locate" },
} as const satisfies Record<string, Label>;

export type RulesTextKey = keyof typeof RULES_TEXT;
