import type { ColumnType, Generated } from "kysely";

/** Accounts, sessions and the audit log; decisions, aftercare and settings (0005, 0009). */

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: "admin" | "reviewer" | "planner" | "field";
  password_hash: string;
  is_demo: Generated<boolean>;
  disabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  token_sha256: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
  user_agent: string | null;
  last_seen_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  username: string;
  role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: ColumnType<unknown, string | undefined, never>;
  ip: string | null;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

/** Decisions, aftercare, deleted drafts, login backoff and settings (migration 0009). */
export interface GovernanceTables {
  zone_decisions: ZoneDecisionsTable;
  zone_aftercare: ZoneAftercareTable;
  deleted_zones: DeletedZonesTable;
  login_failures: LoginFailuresTable;
  settings: SettingsTable;
}

export interface ZoneDecisionsTable {
  id: Generated<number>;
  zone_id: number;
  kind: "approve" | "accept" | "reopen";
  zone_version: number;
  document_no: string | null;
  document_date: ColumnType<string | null, string | null, never>;
  reason: string | null;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment: Buffer | null;
  decided_by_user_id: number | null;
  decided_by: string;
  decided_by_role: string;
  decided_at: Generated<Date>;
}

export interface ZoneAftercareTable {
  id: Generated<number>;
  zone_id: number;
  kind: "inspection" | "responsibility";
  responsible_unit: string | null;
  period_start: string | null;
  period_end: string | null;
  inspected_on: string | null;
  condition: string | null;
  notes: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface DeletedZonesTable {
  zone_id: number;
  code: string;
  name_zh: string;
  zone: ColumnType<unknown, string, never>;
  history: ColumnType<unknown, string, never>;
  deleted_at: Generated<Date>;
  restore_until: Date;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_by: string;
  updated_at: Generated<Date>;
}
