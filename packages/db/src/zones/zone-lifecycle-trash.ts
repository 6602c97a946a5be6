import type { DeletedZone, Zone } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import { geomFromGeoJson } from "../analysis/geometry-sql.ts";
import type { Database } from "../schema.ts";
import { replaceParties, replaceTasks, replaceYearly } from "./zone-children.repository.ts";
import { refreshZoneFacts } from "./zone-facts.repository.ts";
import { finishWrite } from "./zone-write.repository.ts";

type Trx = Transaction<Database>;
type Executor = Kysely<Database> | Transaction<Database>;

/** How long a deleted draft can be brought back. */
export const RESTORE_DAYS = 30;

/**
 * Keeps a deleted draft whole (the zone and its history) in deleted_zones and
 * removes it from treatment_zones, so every reader (tiles, features, lists)
 * stops seeing it without a filter of its own.
 */
export async function moveZoneToTrash(trx: Trx, zone: Zone, now = new Date()) {
  const history = await trx
    .selectFrom("zone_history")
    .select(["version", "action", "changed_by", "changed_at", "before", "after", "note"])
    .where("zone_id", "=", zone.id)
    .orderBy("version")
    .execute();
  await trx
    .insertInto("deleted_zones")
    .values({
      zone_id: zone.id,
      code: zone.code,
      name_zh: zone.name_zh,
      zone: JSON.stringify(zone),
      history: JSON.stringify(history),
      restore_until: new Date(now.getTime() + RESTORE_DAYS * 86_400_000),
    })
    .onConflict((oc) =>
      oc.column("zone_id").doUpdateSet((eb) => ({
        code: eb.ref("excluded.code"),
        name_zh: eb.ref("excluded.name_zh"),
        restore_until: eb.ref("excluded.restore_until"),
        deleted_at: now,
      })),
    )
    .execute();
  await trx.deleteFrom("treatment_zones").where("id", "=", zone.id).execute();
}

/** Forgets deleted drafts whose restore period has passed; returns how many. */
export async function purgeExpiredDeletedZones(db: Executor, now = new Date()): Promise<number> {
  const result = await db.deleteFrom("deleted_zones").where("restore_until", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deleted drafts that can still be restored, newest first, with who deleted them (from the audit log). */
export async function listDeletedZones(db: Executor, now = new Date()): Promise<DeletedZone[]> {
  const { rows } = await sql<{
    id: number;
    code: string;
    name_zh: string;
    deleted_by: string | null;
    deleted_at: Date | string;
    restore_until: Date | string;
  }>`
    SELECT d.zone_id AS id, d.code, d.name_zh, d.deleted_at, d.restore_until,
      (SELECT a.username FROM audit_log a WHERE a.entity = 'zone' AND a.entity_id = d.zone_id::text
         AND a.action = 'zone.delete' ORDER BY a.id DESC LIMIT 1) AS deleted_by
    FROM deleted_zones d WHERE d.restore_until > ${now}
    ORDER BY d.deleted_at DESC, d.zone_id DESC`.execute(db);
  return rows.map((r) => ({
    ...r,
    deleted_by: r.deleted_by ?? "",
    deleted_at: new Date(r.deleted_at).toISOString(),
    restore_until: new Date(r.restore_until).toISOString(),
  }));
}

export type RestoreResult =
  | { ok: true; zone: Zone }
  | { ok: false; reason: "not_found" | "expired" | "code_taken" };

/**
 * Brings a deleted draft back under its id and code, with its history, as a
 * new version (action restore). Refused after the restore period or when its
 * code has been given to another zone since.
 */
export async function restoreZone(
  trx: Trx,
  id: number,
  changedBy: string,
  now = new Date(),
): Promise<RestoreResult> {
  const row = await trx
    .selectFrom("deleted_zones")
    .selectAll()
    .where("zone_id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "not_found" };
  if (new Date(row.restore_until) <= now) return { ok: false, reason: "expired" };
  const z = row.zone as Zone;
  const taken = await trx
    .selectFrom("treatment_zones")
    .select("id")
    .where("code", "=", z.code)
    .executeTakeFirst();
  if (taken) return { ok: false, reason: "code_taken" };
  const json = (v: unknown) => JSON.stringify(v);
  await sql`
    INSERT INTO treatment_zones (id, code, name_zh, zone_type, damage_types, restoration_m2,
      implementation_mode, phase, status, budget_wan, fund_sources, version, geom, data_source, remarks, created_at)
    VALUES (${z.id}::int, ${z.code}::text, ${z.name_zh}::text, ${z.zone_type}::text,
      ARRAY(SELECT jsonb_array_elements_text(${json(z.damage_types)}::jsonb)),
      ${json(z.restoration_m2)}::jsonb, ${z.implementation_mode}::text, ${z.phase}::text, ${z.status}::text,
      ${z.budget_wan}::numeric, ${z.fund_sources}::text, ${z.version}::int,
      ST_Multi(${geomFromGeoJson(z.geometry)}), 'lianpian:plan', ${z.remarks}::text, ${z.created_at}::timestamptz)`.execute(
    trx,
  );
  await replaceTasks(trx, id, z.tasks);
  await replaceYearly(trx, id, z.yearly);
  const overridden = z.parties.some((p) => p.is_override);
  await replaceParties(trx, id, z.parties, overridden);
  await refreshZoneFacts(trx, [id], { parties: !overridden });
  const history = row.history as {
    version: number;
    action: string;
    changed_by: string;
    changed_at: string;
    before: unknown;
    after: unknown;
    note: unknown;
  }[];
  for (const h of history) {
    await trx
      .insertInto("zone_history")
      .values({
        zone_id: id,
        version: h.version,
        action: h.action,
        changed_by: h.changed_by,
        changed_at: new Date(h.changed_at),
        before: h.before == null ? null : JSON.stringify(h.before),
        after: JSON.stringify(h.after),
        note: h.note == null ? null : JSON.stringify(h.note),
      })
      .execute();
  }
  await trx.deleteFrom("deleted_zones").where("zone_id", "=", id).execute();
  const zone = await finishWrite(trx, id, "restore", changedBy, z);
  return { ok: true, zone };
}
