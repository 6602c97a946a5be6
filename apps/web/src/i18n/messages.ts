import type { Label } from "@lianpian/domain";

/**
 * Interface strings, both languages side by side so a key can never exist in
 * one only. Labels of data values come from @lianpian/domain, not from here.
 */
export const messages = {
  appName: { zh: "连片", en: "Lianpian" },
  appSubtitle: { zh: "晋城矿山生态修复一张图", en: "Jincheng mine restoration map" },
  switchLanguage: { zh: "English", en: "中文" },
  switchLanguageTitle: { zh: "切换到英文", en: "Switch to Chinese" },
  navPlan: { zh: "规划", en: "Plan" },
  navField: { zh: "巡查", en: "Field" },
  navPublic: { zh: "公众", en: "Public" },
  layers: { zh: "图层", en: "Layers" },
  exportLayer: { zh: "导出", en: "Export" },
  showLayers: { zh: "显示图层列表", en: "Show the layer list" },
  hideLayers: { zh: "收起图层列表", en: "Hide the layer list" },
  groupThematic: { zh: "专题图层", en: "Thematic layers" },
  groupAnalysis: { zh: "分析图层", en: "Analysis" },
  groupBase: { zh: "基础底图", en: "Base map" },
  statusLoadingStyle: { zh: "正在加载地图…", en: "Loading the map…" },
  statusLoadingTiles: { zh: "正在加载瓦片…", en: "Loading tiles…" },
  statusReady: { zh: "就绪", en: "Ready" },
  statusError: { zh: "加载失败", en: "Load failed" },
  cursor: { zh: "经纬度", en: "Lng/lat" },
  zoom: { zh: "级别", en: "Zoom" },
  loadingRecord: { zh: "正在读取记录…", en: "Reading the record…" },
  recordFailed: {
    zh: "无法读取完整记录，仅显示瓦片属性",
    en: "Could not read the full record; showing tile attributes",
  },
  loginUsername: { zh: "用户名", en: "Username" },
  loginPassword: { zh: "密码", en: "Password" },
  loginSubmit: { zh: "登录", en: "Log in" },
  loginDemoAccounts: { zh: "演示账号（点击填入）", en: "Demo accounts (click to fill in)" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  backToMap: { zh: "返回地图", en: "Back to the map" },
  notFound: { zh: "页面不存在", en: "Page not found" },
} as const satisfies Record<string, Label>;

export type MessageKey = keyof typeof messages;
