import type { Locale } from "../../i18n/locale.ts";

/** The table's own words (field names come from the collection registry through the API). */
const TEXT = {
  title: { zh: "属性表", en: "Attribute table" },
  open: { zh: "属性表", en: "Table" },
  close: { zh: "关闭", en: "Close" },
  layer: { zh: "图层", en: "Layer" },
  scope: { zh: "范围", en: "Scope" },
  scopeAll: { zh: "全部", en: "All" },
  scopeExtent: { zh: "当前地图范围", en: "Map extent" },
  scopeZone: { zh: "当前片区", en: "Open zone" },
  scopeOutline: { zh: "绘制范围", en: "Drawn outline" },
  onlySelected: { zh: "仅已选", en: "Selected only" },
  filterField: { zh: "筛选字段", en: "Filter field" },
  filterValue: { zh: "值", en: "Value" },
  filterHint: {
    zh: "文本可用 * 通配（如 *煤*），数值与日期可用 a..b 范围",
    en: "Text takes * wildcards (*coal*), numbers and dates a..b ranges",
  },
  addFilter: { zh: "筛选", en: "Filter" },
  removeFilter: { zh: "移除筛选", en: "Remove filter" },
  columns: { zh: "列", en: "Columns" },
  rows: { zh: "条", en: "rows" },
  previous: { zh: "上一页", en: "Previous" },
  next: { zh: "下一页", en: "Next" },
  loading: { zh: "加载中…", en: "Loading…" },
  none: { zh: "无记录", en: "No rows" },
  selectPage: { zh: "选择本页", en: "Select this page" },
  exportSelected: { zh: "导出所选", en: "Export selected" },
  clearSelection: { zh: "清除选择", en: "Clear selection" },
  zoomTo: { zh: "缩放至", en: "Zoom to" },
  any: { zh: "（任意）", en: "(any)" },
} as const;

export type TableTextKey = keyof typeof TEXT;
export const tableText = (key: TableTextKey, locale: Locale): string => TEXT[key][locale];
