import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";

/** Who did a write: the logged-in user, or the anonymous public. */
export interface Actor {
  userId: number | null;
  username: string;
  role: string;
  ip?: string | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  details?: Record<string, unknown>;
}

/** Appends one audit row; call it inside the transaction of the write it records. */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  actor: Actor,
  entry: AuditEntry,
) {
  await db
    .insertInto("audit_log")
    .values({
      user_id: actor.userId,
      username: actor.username,
      role: actor.role,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      details: JSON.stringify(entry.details ?? {}),
      ip: actor.ip ?? null,
    })
    .execute();
}

/** What the audit log can be filtered by (all optional; text matches exactly, action also by prefix 'zone.*'). */
export interface AuditFilter {
  username?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** The newest audit rows matching the filter. */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter) {
  let q = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("id", "desc")
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.username) q = q.where("username", "=", filter.username);
  if (filter.action?.endsWith(".*"))
    q = q.where("action", "like", `${filter.action.slice(0, -2).replace(/[%_\\]/g, "")}.%`);
  else if (filter.action) q = q.where("action", "=", filter.action);
  if (filter.entity) q = q.where("entity", "=", filter.entity);
  if (filter.entityId) q = q.where("entity_id", "=", filter.entityId);
  if (filter.from) q = q.where("at", ">=", filter.from);
  if (filter.to) q = q.where("at", "<", filter.to);
  return q.execute();
}
