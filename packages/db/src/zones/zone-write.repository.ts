import {
  canDeleteZone,
  nextZoneCode,
  type Phase,
  type Zone,
  type ZoneCreate,
  type ZonePatch,
} from "@lianpian/domain";
import { sql, type Transaction, type Updateable } from "kysely";
import { geomFromGeoJson } from "../analysis/geometry-sql.ts";
import type { Database, TreatmentZonesTable } from "../schema.ts";
import { replaceTasks, replaceYearly } from "./zone-children.repository.ts";
import { refreshZoneFacts } from "./zone-facts.repository.ts";
import { appendHistory, type HistoryAction } from "./zone-history.repository.ts";
import { type LockedEdit, refuseLockedEdit } from "./zone-lifecycle-decisions.ts";
import { moveZoneToTrash } from "./zone-lifecycle-trash.ts";
import { cleanOutline } from "./zone-outline.ts";
import { readZone } from "./zone-read.repository.ts";

type Trx = Transaction<Database>;

/** Outcome of a write on an existing zone: the zone after it, or why not. */
export type ZoneWriteResult =
  | { ok: true; zone: Zone; before: Zone }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "stale"; current: Zone }
  | { ok: false; reason: "not_allowed"; current: Zone };

/**
 * Locks the zone's row for the rest of the transaction and checks the
 * version the edit started from: a stale edit gets the current zone back.
 */
export async function lockZone(
  trx: Trx,
  id: number,
  baseVersion: number,
): Promise<{ ok: true; before: Zone } | Exclude<ZoneWriteResult, { ok: true }>> {
  const row = await trx
    .selectFrom("treatment_zones")
    .select("version")
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "not_found" };
  const before = await readZone(trx, id);
  if (!before) return { ok: false, reason: "not_found" };
  if (row.version !== baseVersion) return { ok: false, reason: "stale", current: before };
  return { ok: true, before };
}

/**
 * Writes the outline, then the columns derived from the stored outline;
 * with `parties` the computed fund shares too (never a planner's override).
 */
export async function writeGeometry(trx: Trx, id: number, geometry: unknown, parties = false) {
  await sql`UPDATE treatment_zones SET geom = ${cleanOutline(geomFromGeoJson(geometry))} WHERE id = ${id}::int`.execute(
    trx,
  );
  await refreshZoneFacts(trx, [id], { parties });
}

/** Moves the version on by one and records the zone after the write. */
export async function finishWrite(
  trx: Trx,
  id: number,
  action: Exclude<HistoryAction, "create">,
  changedBy: string,
  before: Zone,
): Promise<Zone> {
  await trx.updateTable("treatment_zones").set({ version: sql`version + 1` }).where("id", "=", id).execute();
  const after = await readZone(trx, id);
  if (!after) throw new Error(`zone ${id} vanished inside its own transaction`);
  await appendHistory(trx, { action, changedBy, before, after });
  return after;
}

/** A new zone as the create route resolved it (phase filled in; the code is handed out when absent). */
export type NewZone = ZoneCreate & { phase: Phase };

/** The next free LP-<year>-<nnn> code. */
async function nextCode(trx: Trx, year: number): Promise<string> {
  const rows = await trx
    .selectFrom("treatment_zones")
    .select("code")
    .where("code", "like", `LP-${year}-%`)
    .execute();
  return nextZoneCode(
    rows.map((r) => r.code),
    year,
  );
}

/**
 * Inserts a zone (draft, version 1) with its tasks, yearly plan, derived
 * facts and computed fund shares (both from the stored outline). A code already taken fails with PostgreSQL's unique violation (23505).
 */
export async function createZone(
  trx: Trx,
  input: NewZone,
  changedBy: string,
  now = new Date(),
): Promise<Zone> {
  const code = input.code ?? (await nextCode(trx, now.getFullYear()));
  const json = (v: unknown) => JSON.stringify(v);
  const { rows } = await sql<{ id: number }>`
    INSERT INTO treatment_zones (code, name_zh, zone_type, damage_types, restoration_m2,
      implementation_mode, phase, budget_wan, fund_sources, geom, data_source, remarks)
    VALUES (${code}::text, ${input.name_zh}::text, ${input.zone_type}::text,
      ARRAY(SELECT jsonb_array_elements_text(${json(input.damage_types ?? [])}::jsonb)),
      ${json(input.restoration_m2 ?? {})}::jsonb, ${input.implementation_mode ?? null}::text, ${input.phase}::text,
      ${input.budget_wan ?? null}::numeric, ${input.fund_sources ?? null}::text,
      ${cleanOutline(geomFromGeoJson(input.geometry))}, 'lianpian:plan', ${input.remarks ?? null}::text)
    RETURNING id`.execute(trx);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("zone insert returned no id");
  await replaceTasks(trx, id, input.tasks ?? []);
  await replaceYearly(trx, id, input.yearly ?? []);
  await refreshZoneFacts(trx, [id]);
  const zone = await readZone(trx, id);
  if (!zone) throw new Error(`zone ${id} vanished inside its own transaction`);
  await appendHistory(trx, { action: "create", changedBy, before: null, after: zone });
  return zone;
}

/** Attribute columns of a patch, as Kysely's update set. */
function attributeSet(p: Omit<ZonePatch, "version" | "geometry" | "tasks" | "yearly">) {
  const set: Updateable<TreatmentZonesTable> = {};
  if (p.code !== undefined) set.code = p.code;
  if (p.name_zh !== undefined) set.name_zh = p.name_zh;
  if (p.zone_type !== undefined) set.zone_type = p.zone_type;
  if (p.damage_types !== undefined) set.damage_types = p.damage_types;
  if (p.restoration_m2 !== undefined) set.restoration_m2 = JSON.stringify(p.restoration_m2);
  if (p.implementation_mode !== undefined) set.implementation_mode = p.implementation_mode;
  if (p.phase !== undefined) set.phase = p.phase;
  if (p.budget_wan !== undefined) set.budget_wan = p.budget_wan;
  if (p.fund_sources !== undefined) set.fund_sources = p.fund_sources;
  if (p.remarks !== undefined) set.remarks = p.remarks;
  return set;
}

/**
 * Applies a planner's edit to a zone at the version it started from. A new
 * outline recomputes the derived columns and, unless the planner overrode
 * them, the fund shares.
 */
export async function updateZone(
  trx: Trx,
  id: number,
  patch: ZonePatch,
  changedBy: string,
): Promise<ZoneWriteResult | LockedEdit> {
  const lock = await lockZone(trx, id, patch.version);
  if (!lock.ok) return lock;
  const { version: _v, geometry, tasks, yearly, ...attributes } = patch;
  const edits = geometry ? (["outline", "attributes"] as const) : (["attributes"] as const);
  const locked = await refuseLockedEdit(trx, lock.before, edits);
  if (locked) return locked;
  const set = attributeSet(attributes);
  if (Object.keys(set).length > 0)
    await trx.updateTable("treatment_zones").set(set).where("id", "=", id).execute();
  if (geometry) await writeGeometry(trx, id, geometry, true);
  if (tasks) await replaceTasks(trx, id, tasks);
  if (yearly) await replaceYearly(trx, id, yearly);
  const zone = await finishWrite(trx, id, "update", changedBy, lock.before);
  return { ok: true, zone, before: lock.before };
}

/** Deletes a draft zone at the version the planner saw (restorable for a while); later statuses stay on record. */
export async function deleteZone(trx: Trx, id: number, baseVersion: number): Promise<ZoneWriteResult> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  if (!canDeleteZone(lock.before.status)) return { ok: false, reason: "not_allowed", current: lock.before };
  await moveZoneToTrash(trx, lock.before);
  return { ok: true, zone: lock.before, before: lock.before };
}

/** True for PostgreSQL's unique violation (e.g. a zone code already taken). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}
