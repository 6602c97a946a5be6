import type { Label } from "@lianpian/domain";
import { useText } from "../platform/use-text.ts";

/** Strings of the public face, both languages side by side. */
export const publicMessages = {
  title: { zh: "矿山生态修复进展", en: "Mine restoration progress" },
  tabMap: { zh: "地图", en: "Map" },
  tabCharts: { zh: "统计", en: "Charts" },
  tabReport: { zh: "我要举报", en: "Report" },
  tabTrack: { zh: "进度查询", en: "Track" },
  tabTriage: { zh: "举报处理", en: "Triage" },
  tabsLabel: { zh: "公众页面分区", en: "Sections of the public page" },
  county: { zh: "县（市、区）", en: "County" },
  allCounties: { zh: "晋城全市", en: "All of Jincheng" },
  year: { zh: "年份", en: "Year" },
  yearSlider: {
    zh: "时间轴：显示截至该年底的规划与完成情况",
    en: "Time slider: planned and done by the end of the year",
  },
  playYears: { zh: "逐年播放", en: "Play through the years" },
  stopYears: { zh: "停止播放", en: "Stop" },
  byYearEnd: { zh: "年底", en: "end of" },
  layers: { zh: "图层", en: "Layers" },
  legend: { zh: "图例", en: "Legend" },
  layerZones: { zh: "综合治理片区", en: "Treatment zones" },
  layerSubsidence: { zh: "采煤沉陷区", en: "Subsidence areas" },
  layerPits: { zh: "历史遗留露天矿坑", en: "Historic open pits" },
  layerCorridors: { zh: "生态廊道", en: "Ecological corridors" },
  layerHazards: { zh: "地质灾害隐患点（按险情等级）", en: "Geo-hazard points (by danger grade)" },
  progressTitle: { zh: "片区与沉陷区：截至所选年底", en: "Zones and subsidence: by the end of the year" },
  pitsTitle: { zh: "矿坑修复状态（现状）", en: "Pit restoration (today)" },
  corridorsTitle: { zh: "廊道建设状态（现状）", en: "Corridor status (today)" },
  corridorsPlannedPaler: { zh: "规划中的廊道颜色较浅", en: "Planned corridors are paler" },
  hazardsTitle: { zh: "隐患点险情等级", en: "Hazard danger grade" },
  changzhiOutline: { zh: "长治市（规划区域示意范围）", en: "Changzhi (sketch of the plan's region)" },
  sketch: { zh: "（示意范围）", en: " (sketch)" },
  reviewNumber: { zh: "审图号", en: "Map review no." },
  demoNotice: {
    zh: "地图与统计中的实际数据为合成演示数据；规划目标为真实文件数值。",
    en: "Actual figures on this page are synthetic demo data; plan targets are real figures.",
  },
  share: { zh: "分享与嵌入", en: "Share and embed" },
  shareLink: { zh: "当前视图链接", en: "Link to this view" },
  embedCode: { zh: "嵌入代码（iframe）", en: "Embed code (iframe)" },
  copy: { zh: "复制", en: "Copy" },
  copied: { zh: "已复制", en: "Copied" },
  openFull: { zh: "在连片中打开", en: "Open in Lianpian" },
  loading: { zh: "正在加载…", en: "Loading…" },
  loadFailed: { zh: "加载失败，请稍后重试", en: "Could not load; try again later" },
  retry: { zh: "重试", en: "Retry" },
} as const satisfies Record<string, Label>;

export type PublicMessageKey = keyof typeof publicMessages;

/** The public face's strings through the one text hook (`t`, `pick`). */
export function usePublicText() {
  return useText(publicMessages);
}
