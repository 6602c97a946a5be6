import { call } from "../platform/api-client.ts";

export interface AdminUser {
  id: number;
  username: string;
  display_name: string;
  role: string;
  is_demo: boolean;
  disabled: boolean;
  must_change_password: boolean;
}
export interface AdminSession {
  id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}
export interface AuditEntry {
  id: number;
  at: string;
  username: string;
  role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: unknown;
  ip: string | null;
}
export interface AuditFilter {
  user?: string;
  action?: string;
  entity?: string;
  entity_id?: string;
  /** datetime-local text (the browser's local time) */
  from?: string;
  to?: string;
}
export interface SettingRow {
  key: string;
  label: { zh: string; en: string };
  kind: "text" | "url" | "integer";
  value: string | number | null;
  updated_by: string | null;
  updated_at: string | null;
}

/** The audit query string for a filter: empty fields left out, local times sent as ISO instants. */
export function auditQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const key of ["user", "action", "entity", "entity_id"] as const) {
    const v = filter[key]?.trim();
    if (v) q.set(key, v);
  }
  for (const key of ["from", "to"] as const) {
    const v = filter[key];
    const t = v ? new Date(v) : null;
    if (t && !Number.isNaN(t.getTime())) q.set(key, t.toISOString());
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

export const adminApi = {
  users: () => call<{ users: AdminUser[] }>("GET", "/api/admin/users").then((r) => r.users),
  createUser: (u: { username: string; display_name: string; role: string; password: string }) =>
    call<AdminUser>("POST", "/api/admin/users", u),
  updateUser: (id: number, change: { role?: string; disabled?: boolean; display_name?: string }) =>
    call<AdminUser>("PATCH", `/api/admin/users/${id}`, change),
  resetPassword: (id: number, password: string) =>
    call<void>("POST", `/api/admin/users/${id}/password`, { password }),
  sessions: (id: number) =>
    call<{ sessions: AdminSession[] }>("GET", `/api/admin/users/${id}/sessions`).then((r) => r.sessions),
  revokeSessions: (id: number, session?: string) =>
    call<{ revoked: number }>("DELETE", `/api/admin/users/${id}/sessions${session ? `/${session}` : ""}`),
  audit: (filter: AuditFilter) =>
    call<{ entries: AuditEntry[] }>("GET", `/api/admin/audit?${auditQuery(filter, { limit: "500" })}`).then(
      (r) => r.entries,
    ),
  settings: () => call<{ settings: SettingRow[] }>("GET", "/api/admin/settings").then((r) => r.settings),
  setSetting: (key: string, value: string | number | null) =>
    call<{ settings: SettingRow[] }>("PUT", `/api/admin/settings/${encodeURIComponent(key)}`, { value }).then(
      (r) => r.settings,
    ),
  changePassword: (current_password: string, new_password: string) =>
    call<void>("POST", "/api/auth/password", { current_password, new_password }),
};
