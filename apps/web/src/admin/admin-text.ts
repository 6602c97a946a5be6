import { useText } from "../platform/use-text.ts";

/** The admin face's words, zh-CN first with English. */
const adminText = {
  title: { zh: "系统管理", en: "Administration" },
  onlyAdmins: { zh: "仅管理员可使用系统管理页面", en: "Only administrators can use this page" },
  logout: { zh: "退出登录", en: "Log out" },
  tabUsers: { zh: "用户", en: "Users" },
  tabAudit: { zh: "审计日志", en: "Audit log" },
  tabReports: { zh: "公众举报审核", en: "Citizen reports" },
  tabSettings: { zh: "运行设置", en: "Settings" },
  tabImports: { zh: "导入记录", en: "Import history" },
  username: { zh: "用户名", en: "Username" },
  displayName: { zh: "姓名", en: "Name" },
  role: { zh: "角色", en: "Role" },
  state: { zh: "状态", en: "State" },
  password: { zh: "初始密码", en: "Initial password" },
  passwordRules: {
    zh: "至少 10 个字符，不含用户名，不是常见密码；用户首次登录须修改",
    en: "At least 10 characters, not containing the username, not a common one; changed at first login",
  },
  create: { zh: "新建用户", en: "Create user" },
  created: { zh: "已创建用户", en: "User created" },
  enabled: { zh: "正常", en: "Active" },
  disabled: { zh: "已停用", en: "Disabled" },
  mustChange: { zh: "待改密码", en: "Must change password" },
  disable: { zh: "停用", en: "Disable" },
  enable: { zh: "启用", en: "Enable" },
  resetPassword: { zh: "重置密码", en: "Reset password" },
  newPassword: { zh: "新密码", en: "New password" },
  sessions: { zh: "会话", en: "Sessions" },
  revoke: { zh: "注销", en: "Revoke" },
  revokeAll: { zh: "全部注销", en: "Revoke all" },
  noSessions: { zh: "没有有效会话", en: "No live sessions" },
  lastSeen: { zh: "最近使用", en: "Last used" },
  actions: { zh: "操作", en: "Actions" },
  filterUser: { zh: "用户", en: "User" },
  filterAction: { zh: "操作（可用 zone.*）", en: "Action (zone.* allowed)" },
  filterEntity: { zh: "对象类型", en: "Entity" },
  filterEntityId: { zh: "对象编号", en: "Entity id" },
  from: { zh: "起", en: "From" },
  to: { zh: "止", en: "To" },
  search: { zh: "查询", en: "Search" },
  exportCsv: { zh: "导出 CSV", en: "Export CSV" },
  time: { zh: "时间", en: "Time" },
  action: { zh: "操作", en: "Action" },
  entity: { zh: "对象", en: "Entity" },
  details: { zh: "详情", en: "Details" },
  noEntries: { zh: "没有符合条件的记录", en: "No matching entries" },
  save: { zh: "保存", en: "Save" },
  saved: { zh: "已保存", en: "Saved" },
  notSet: { zh: "未设置", en: "Not set" },
  updatedBy: { zh: "修改人", en: "Changed by" },
  changePasswordTitle: { zh: "请先修改初始密码", en: "Change your initial password first" },
  currentPassword: { zh: "当前密码", en: "Current password" },
  change: { zh: "修改密码", en: "Change password" },
  importsLink: {
    zh: "导入记录在规划页面的“数据导入”中查看和撤销",
    en: "Imports are listed and undone in the planner's Import tab",
  },
} as const;

export type AdminTextKey = keyof typeof adminText;

/** The admin face's strings through the one text hook (`t`). */
export function useAdminText() {
  return useText(adminText);
}
