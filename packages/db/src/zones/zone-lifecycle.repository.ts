import { checkZoneTransition, type TransitionCheck, type Zone, type ZoneStatus } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { replaceParties, replaceTasks, replaceYearly } from "./zone-children.repository.ts";
import { readVersion } from "./zone-history.repository.ts";
import { finishWrite, lockZone, writeGeometry, type ZoneWriteResult } from "./zone-write.repository.ts";

type Trx = Transaction<Database>;

/** Moves a zone to another status if the lifecycle allows it (see packages/domain zone-status). */
export async function changeZoneStatus(
  trx: Trx,
  id: number,
  baseVersion: number,
  status: ZoneStatus,
  changedBy: string,
): Promise<
  ZoneWriteResult | { ok: false; reason: "transition"; check: Exclude<TransitionCheck, { ok: true }> }
> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  const check = checkZoneTransition(lock.before.status, status);
  if (!check.ok) return { ok: false, reason: "transition", check };
  await trx.updateTable("treatment_zones").set({ status }).where("id", "=", id).execute();
  const zone = await finishWrite(trx, id, "status", changedBy, lock.before);
  return { ok: true, zone, before: lock.before };
}

/**
 * Brings back the outline, attributes, tasks, yearly plan and parties of an
 * earlier version as a new version. The status stays: it moves only through
 * the lifecycle's transitions.
 */
export async function revertZone(
  trx: Trx,
  id: number,
  baseVersion: number,
  toVersion: number,
  changedBy: string,
): Promise<ZoneWriteResult | { ok: false; reason: "version_not_found" }> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  const old: Zone | undefined = await readVersion(trx, id, toVersion);
  if (!old) return { ok: false, reason: "version_not_found" };
  await trx
    .updateTable("treatment_zones")
    .set({
      code: old.code,
      name_zh: old.name_zh,
      zone_type: old.zone_type,
      damage_types: old.damage_types,
      restoration_m2: JSON.stringify(old.restoration_m2),
      implementation_mode: old.implementation_mode,
      phase: old.phase,
      budget_wan: old.budget_wan,
      fund_sources: old.fund_sources,
      remarks: old.remarks,
    })
    .where("id", "=", id)
    .execute();
  await replaceTasks(trx, id, old.tasks);
  await replaceYearly(trx, id, old.yearly);
  const overridden = old.parties.some((p) => p.is_override);
  // A planner's split comes back as it was; a computed one is recomputed on the outline.
  await replaceParties(trx, id, overridden ? old.parties : [], overridden);
  await writeGeometry(trx, id, old.geometry, !overridden);
  const zone = await finishWrite(trx, id, "revert", changedBy, lock.before);
  return { ok: true, zone, before: lock.before };
}
