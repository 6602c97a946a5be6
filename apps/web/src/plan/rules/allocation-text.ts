import type { Label } from "@lianpian/domain";

/** Strings of the new-allocation check, zh-CN first. */
export const ALLOC_TEXT = {
  view: { zh: "配置新设检查（泽州）", en: "New allocation check (Zezhou)" },
  source: { zh: "拟设矿业权范围", en: "Proposed licence area" },
  drawn: { zh: "使用地图上正在绘制的范围", en: "Use the outline drawn on the map" },
  noDrawn: {
    zh: "地图上尚未绘制范围（在“绘制”页绘制）",
    en: "No outline drawn yet (draw it in the Draw tab)",
  },
  file: { zh: "或上传 GeoJSON 文件", en: "or upload a GeoJSON file" },
  fileBad: { zh: "文件中没有面要素", en: "The file holds no polygon" },
  fromFile: { zh: "来自文件", en: "from the file" },
  mineral: { zh: "矿种", en: "Mineral" },
  method: { zh: "开采方式", en: "Mining method" },
  deposit: { zh: "矿床规模", en: "Deposit scale" },
  production: { zh: "生产规模", en: "Production scale" },
  check: { zh: "检查", en: "Check" },
  scaleRule: {
    zh: "规则：新设矿山矿床规模和生产规模均须达到中型及以上；新设数不得多于关闭数",
    en: "Rule: a new site must be at least medium in deposit and production scale; new sites must not outnumber closed ones",
  },
  allowed: { zh: "可以配置新设", en: "May be allocated" },
  refused: { zh: "不宜配置新设", en: "Should not be allocated" },
  productionClass: { zh: "生产规模分类", en: "Production class" },
  overlaps: { zh: "重叠", en: "Overlaps" },
  noOverlaps: {
    zh: "与保护区、重要基础设施、其他矿业权和规划片区均无重叠",
    en: "No overlap with protected areas, key infrastructure, other licences or planned zones",
  },
  kind: { zh: "类型", en: "Kind" },
  name: { zh: "名称", en: "Name" },
  runningCount: { zh: "新设与关闭（累计）", en: "New vs closed (running)" },
  ifApproved: { zh: "若本宗批准", en: "if this one is approved" },
} as const satisfies Record<string, Label>;

/** The overlap kinds the API names, in both languages. */
export const OVERLAP_KIND: Record<string, Label> = {
  protected_area: { zh: "保护区", en: "Protected area" },
  infrastructure: { zh: "重要基础设施", en: "Key infrastructure" },
  licence: { zh: "已有矿业权", en: "Existing licence" },
  proposal: { zh: "其他拟设矿业权", en: "Another proposed licence" },
  zone: { zh: "规划治理片区", en: "Planned treatment zone" },
};
