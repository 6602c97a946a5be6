import { publicVocabulary } from "./vocabulary.ts";

/** What a citizen can report (群众举报类别). */
export const reportCategory = publicVocabulary({
  ground_crack: { zh: "新出现的地裂缝或塌陷", en: "New ground crack or collapse" },
  illegal_mining: { zh: "非法采矿", en: "Illegal mining" },
  dumping: { zh: "乱倒乱堆（矸石、垃圾）", en: "Dumping (spoil, waste)" },
  damaged_works: { zh: "修复工程受损", en: "Damaged restoration works" },
  other: { zh: "其他问题", en: "Other" },
});
export type ReportCategory = (typeof reportCategory.values)[number];

/** Where a report's point came from: tapped on the map, or the phone's GPS. */
export const locationSource = publicVocabulary({
  map: { zh: "地图选点", en: "Picked on the map" },
  gps: { zh: "GPS 定位", en: "GPS" },
});
export type LocationSource = (typeof locationSource.values)[number];
