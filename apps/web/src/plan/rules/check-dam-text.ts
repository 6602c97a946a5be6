import type { Label } from "@lianpian/domain";

/** Strings of the check-dam form, zh-CN first. */
export const DAM_TEXT = {
  addTitle: { zh: "新增淤地坝", en: "Add a check dam" },
  editTitle: { zh: "编辑淤地坝", en: "Edit the check dam" },
  add: { zh: "新增", en: "Add" },
  edit: { zh: "编辑", en: "Edit" },
  code: { zh: "编号", en: "Code" },
  name: { zh: "名称", en: "Name" },
  county: { zh: "县（市、区）", en: "County" },
  type: { zh: "坝型", en: "Type" },
  storage: { zh: "库容（万m³）", en: "Storage (10,000 m³)" },
  controlArea: { zh: "控制面积（km²）", en: "Control area (km²)" },
  builtYear: { zh: "建成年份", en: "Year built" },
  condition: { zh: "工程状况", en: "Condition" },
  risk: { zh: "风险等级", en: "Risk level" },
  unit: { zh: "责任单位", en: "Responsible unit" },
  position: { zh: "位置", en: "Position" },
  noPosition: { zh: "未选择", en: "not chosen" },
  pick: { zh: "在地图上点选", en: "Pick on the map" },
  clickMap: { zh: "请点击地图…", en: "Click the map…" },
  save: { zh: "保存", en: "Save" },
  cancel: { zh: "取消", en: "Cancel" },
  saved: { zh: "已保存淤地坝", en: "Check dam saved" },
} as const satisfies Record<string, Label>;
