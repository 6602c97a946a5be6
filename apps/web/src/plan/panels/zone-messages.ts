import type { Locale } from "../../i18n/locale.ts";

/** The strings of the zone form's refusals, the stale-edit panel and the proposals' figures (zh-CN first). */
const zoneMessages = {
  conflictTitle: { zh: "他人已修改此片区", en: "Someone else changed this zone" },
  conflictIntro: {
    zh: "您的修改尚未保存，仍在表单中。下表是对方版本改动的内容：",
    en: "Your edits are not saved and are still in the form. What the other version changed:",
  },
  conflictField: { zh: "字段", en: "Field" },
  conflictBase: { zh: "您打开时", en: "When you opened it" },
  conflictTheirs: { zh: "对方版本", en: "Their version" },
  conflictMine: { zh: "您的修改", en: "Yours" },
  conflictOutline: { zh: "边界", en: "Outline" },
  conflictArea: { zh: "面积差（对方 − 您的）", en: "Area difference (theirs − yours)" },
  conflictDrawn: {
    zh: "地图上红色为对方版本的边界，蓝色为您打开时的边界",
    en: "On the map: red their outline, blue the outline you opened",
  },
  conflictNoFields: {
    zh: "对方只改动了状态或出资等其他内容",
    en: "They changed only other things (status, shares…)",
  },
  keepMine: { zh: "保留我的修改并保存", en: "Keep mine and save" },
  takeTheirs: { zh: "采用对方版本", en: "Take their version" },
  membersTitle: { zh: "成员", en: "Members" },
  leftOutTitle: {
    zh: "已在规划片区内、未纳入候选的损毁",
    en: "Damage already inside planned zones, left out",
  },
  leftOutMore: { zh: "另有 {n} 处未列出", en: "{n} more not listed" },
  rankedBy: { zh: "排序依据", en: "Ranked by" },
  rankScore: { zh: "综合得分", en: "Score" },
  rankPeople: { zh: "成员受威胁人数", en: "Members' threatened people" },
  rankDamage: { zh: "成员损毁面积", en: "Members' damaged area" },
  rankNearHsr: { zh: "距高铁", en: "To high-speed rail" },
  rankNearExpressway: { zh: "距高速公路", en: "To expressway" },
  rankNearNone: { zh: "附近无高铁或高速公路", en: "No rail or expressway near" },
  figuresTitle: { zh: "采纳后片区报告", en: "Report of the zone if adopted" },
  figArea: { zh: "面积", en: "Area" },
  figDamaged: { zh: "损毁土地", en: "Damaged ground" },
  figHazards: { zh: "隐患点 / 受威胁人数", en: "Hazard points / threatened people" },
  figShares: { zh: "出资比例", en: "Fund shares" },
  cancel: { zh: "取消", en: "Cancel" },
} as const;

export type ZoneMessageKey = keyof typeof zoneMessages;

export function zm(
  key: ZoneMessageKey,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  let text: string = zoneMessages[key][locale];
  for (const [k, v] of Object.entries(values)) text = text.replace(`{${k}}`, String(v));
  return text;
}
