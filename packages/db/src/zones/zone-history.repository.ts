import type { Zone, ZoneHistoryEntry } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export type HistoryAction = "create" | "update" | "revert" | "status" | "restore" | "reopen";

/** Appends the version a write produced, with the zone before and after it. */
export async function appendHistory(
  trx: Transaction<Database>,
  entry: { action: HistoryAction; changedBy: string; before: Zone | null; after: Zone },
) {
  await trx
    .insertInto("zone_history")
    .values({
      zone_id: entry.after.id,
      version: entry.after.version,
      action: entry.action,
      changed_by: entry.changedBy,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: JSON.stringify(entry.after),
    })
    .execute();
}

/** The versions of a zone, newest first, each with the fields it changed. */
export async function listHistory(db: Executor, zoneId: number): Promise<ZoneHistoryEntry[]> {
  const { rows } = await sql<Omit<ZoneHistoryEntry, "changed_at"> & { changed_at: Date | string }>`
    SELECT h.version, h.action, h.changed_by, h.changed_at, h.note,
      ARRAY(SELECT a.key FROM jsonb_each(h.after) a
            WHERE a.key NOT IN ('version', 'created_at', 'updated_at', 'area_m2')
              AND (h.before IS NULL OR a.value IS DISTINCT FROM h.before -> a.key)
            ORDER BY a.key) AS changed_fields
    FROM zone_history h WHERE h.zone_id = ${zoneId}::int ORDER BY h.version DESC`.execute(db);
  return rows.map((r) => ({ ...r, changed_at: new Date(r.changed_at).toISOString() }));
}

/** The zone as it was right after a version, or undefined. */
export async function readVersion(db: Executor, zoneId: number, version: number): Promise<Zone | undefined> {
  const row = await db
    .selectFrom("zone_history")
    .select("after")
    .where("zone_id", "=", zoneId)
    .where("version", "=", version)
    .executeTakeFirst();
  return row ? (row.after as Zone) : undefined;
}
