/**
 * Who may do what. `public` is the anonymous visitor; every other role is a
 * logged-in user. Routes ask `can(role, permission)`; nothing else decides.
 */
export const ROLES = ["admin", "reviewer", "planner", "field", "public"] as const;
export type Role = (typeof ROLES)[number];
/** Roles a user account can have (public has no account). */
export const ACCOUNT_ROLES = ["admin", "reviewer", "planner", "field"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const roleLabel: Record<Role, { zh: string; en: string }> = {
  admin: { zh: "管理员", en: "Administrator" },
  reviewer: { zh: "审核领导", en: "Reviewer" },
  planner: { zh: "规划人员", en: "Planner" },
  field: { zh: "群测群防员", en: "Field monitor" },
  public: { zh: "公众", en: "Public" },
};

const PERMISSIONS = {
  "zones.read": ["admin", "reviewer", "planner"],
  "zones.write": ["admin", "planner"],
  /** Approve (→ 已批准), accept (→ 已验收) and reopen a zone, on a decision document. */
  "zones.decide": ["admin", "reviewer"],
  /** 管护 records of an accepted zone. */
  "zones.aftercare": ["admin", "reviewer", "planner"],
  "analysis.run": ["admin", "reviewer", "planner"],
  "hazards.read_private": ["admin", "reviewer", "planner", "field"],
  "inspections.write": ["admin", "field"],
  "inspections.review": ["admin", "planner"],
  "alerts.read": ["admin", "reviewer", "planner"],
  "reports.triage": ["admin", "planner"],
  "monitors.assign": ["admin", "planner"],
  "imports.write": ["admin"],
  /** Stage, commit and undo file imports, and save column mappings (issue 12). */
  "imports.manage": ["admin", "planner"],
  "users.manage": ["admin"],
  "audit.read": ["admin"],
  "settings.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
