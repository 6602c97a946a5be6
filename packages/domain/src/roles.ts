/**
 * Who may do what. `public` is the anonymous visitor; every other role is a
 * logged-in user. Routes ask `can(role, permission)`; nothing else decides.
 */
export const ROLES = ["admin", "planner", "field", "public"] as const;
export type Role = (typeof ROLES)[number];
/** Roles a user account can have (public has no account). */
export const ACCOUNT_ROLES = ["admin", "planner", "field"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const roleLabel: Record<Role, { zh: string; en: string }> = {
  admin: { zh: "管理员", en: "Administrator" },
  planner: { zh: "规划人员", en: "Planner" },
  field: { zh: "群测群防员", en: "Field monitor" },
  public: { zh: "公众", en: "Public" },
};

const PERMISSIONS = {
  "zones.read": ["admin", "planner"],
  "zones.write": ["admin", "planner"],
  "analysis.run": ["admin", "planner"],
  "hazards.read_private": ["admin", "planner", "field"],
  "inspections.write": ["admin", "field"],
  "inspections.review": ["admin", "planner"],
  "alerts.read": ["admin", "planner"],
  "reports.triage": ["admin", "planner"],
  "monitors.assign": ["admin", "planner"],
  "imports.write": ["admin"],
  "users.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
