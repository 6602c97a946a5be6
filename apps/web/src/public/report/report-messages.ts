import type { Label } from "@lianpian/domain";

/** Strings of the citizen report form and the status lookup. */
export const reportText = {
  heading: { zh: "群众举报", en: "Report a problem" },
  intro: {
    zh: "发现新的地裂缝或塌陷、非法采矿、乱倒乱堆或修复工程受损？告诉我们位置和情况，我们会派人核查。",
    en: "Seen a new ground crack or collapse, illegal mining, dumping or damaged restoration works? Tell us where and what; staff will check.",
  },
  place: { zh: "位置", en: "Place" },
  pickOnMap: { zh: "在地图上点选", en: "Pick on the map" },
  picking: { zh: "请在地图上点击问题所在位置…", en: "Tap the place on the map…" },
  useCentre: {
    zh: "使用地图中心点（可用方向键移动地图）",
    en: "Use the map's centre (move the map with the arrow keys)",
  },
  useGps: { zh: "使用我的位置（GPS）", en: "Use my location (GPS)" },
  gpsFailed: { zh: "无法获取位置，请在地图上点选", en: "Could not get your location; pick it on the map" },
  noPlace: { zh: "尚未选择位置", en: "No place chosen yet" },
  placeChosen: { zh: "已选位置", en: "Chosen place" },
  category: { zh: "问题类别", en: "Category" },
  text: { zh: "情况描述", en: "What did you see?" },
  textHint: { zh: "请写明看到的情况、大致范围和时间", en: "What you saw, how big, and when" },
  chars: { zh: "字", en: "characters" },
  photo: { zh: "照片（可选）", en: "Photo (optional)" },
  photoTooLarge: { zh: "照片过大，请换一张", en: "The photo is too large; choose another" },
  photoNotImage: { zh: "所选文件不是图片", en: "That file is not an image" },
  removePhoto: { zh: "移除照片", en: "Remove the photo" },
  contact: { zh: "联系方式（可选，仅工作人员可见）", en: "Contact (optional, seen by staff only)" },
  honeypot: { zh: "网址（请勿填写）", en: "Website (leave empty)" },
  submit: { zh: "提交举报", en: "Send the report" },
  sending: { zh: "正在提交…", en: "Sending…" },
  sent: { zh: "举报已提交。请保存查询码：", en: "Report received. Keep your tracking code:" },
  sentHint: {
    zh: "凭查询码可随时查看处理进度，查询码不会显示您的描述和联系方式。",
    en: "Use it to follow the status; the code shows no description or contact.",
  },
  trackThis: { zh: "查看处理进度", en: "See the status" },
  another: { zh: "再报一条", en: "Report another" },
  privacy: {
    zh: "描述、照片和联系方式只有处理举报的工作人员能看到，不会公开。",
    en: "The description, photo and contact are seen only by the staff who handle reports; they are never published.",
  },
  trackHeading: { zh: "举报进度查询", en: "Track a report" },
  trackCode: { zh: "查询码", en: "Tracking code" },
  trackSubmit: { zh: "查询", en: "Look up" },
  trackStatus: { zh: "当前状态", en: "Status" },
  trackReply: { zh: "答复", en: "Reply" },
  trackUpdated: { zh: "更新时间", en: "Updated" },
  trackNoReply: { zh: "暂无答复", en: "No reply yet" },
} as const satisfies Record<string, Label>;

export type ReportTextKey = keyof typeof reportText;
