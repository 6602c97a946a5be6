import type { Label } from "@lianpian/domain";

/** Strings of the staff triage view. */
export const triageText = {
  heading: { zh: "群众举报处理", en: "Citizen reports: triage" },
  loginHeading: { zh: "工作人员登录", en: "Staff log in" },
  loginHint: {
    zh: "规划人员或管理员登录后处理举报",
    en: "Planners and administrators log in to handle reports",
  },
  username: { zh: "用户名", en: "Username" },
  password: { zh: "密码", en: "Password" },
  login: { zh: "登录", en: "Log in" },
  logout: { zh: "退出", en: "Log out" },
  forbidden: { zh: "当前账号没有处理举报的权限", en: "This account may not handle reports" },
  filter: { zh: "状态", en: "Status" },
  open: { zh: "待处理", en: "Open" },
  all: { zh: "全部", en: "All" },
  none: { zh: "没有举报", en: "No reports" },
  contact: { zh: "联系方式", en: "Contact" },
  noContact: { zh: "未留", en: "none given" },
  place: { zh: "位置", en: "Place" },
  showOnMap: { zh: "在地图上显示", en: "Show on the map" },
  photo: { zh: "照片", en: "Photo" },
  received: { zh: "收到时间", en: "Received" },
  linkedHazard: { zh: "关联隐患点", en: "Hazard point" },
  linkedZone: { zh: "关联片区", en: "Zone" },
  nothing: { zh: "无", en: "none" },
  link: { zh: "关联", en: "Link" },
  reply: { zh: "公开答复（举报人可见）", en: "Public reply (the reporter sees it)" },
  note: { zh: "核查要求（给巡查员）", en: "What to check (for the field team)" },
  accept: { zh: "受理", en: "Accept" },
  assign_check: { zh: "派发现场核查", en: "Assign a field check" },
  resolve: { zh: "办结", en: "Resolve" },
  reject: { zh: "不予受理", en: "Reject" },
  chooseHazard: { zh: "选择附近隐患点", en: "Choose a nearby hazard point" },
  chooseZone: { zh: "选择附近片区", en: "Choose a nearby zone" },
  replyRequired: { zh: "请填写公开答复或理由", en: "Write the public reply or reason" },
  hazardRequired: { zh: "请先选择隐患点", en: "Choose a hazard point first" },
  checkedBy: { zh: "已由巡查记录核查", en: "Checked by inspection" },
  checkAsked: { zh: "核查派发时间", en: "Check asked" },
} as const satisfies Record<string, Label>;

export type TriageTextKey = keyof typeof triageText;
