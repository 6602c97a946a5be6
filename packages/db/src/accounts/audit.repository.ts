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

/** The newest audit rows, optionally for one entity. */
export async function listAudit(
  db: Kysely<Database>,
  filter: { entity?: string; entityId?: string; limit: number; offset: number },
) {
  let q = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("id", "desc")
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.entity) q = q.where("entity", "=", filter.entity);
  if (filter.entityId) q = q.where("entity_id", "=", filter.entityId);
  return q.execute();
}
