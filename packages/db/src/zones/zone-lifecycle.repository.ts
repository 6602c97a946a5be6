import {
  checkZoneTransition,
  decisionFor,
  REOPENABLE,
  type TransitionCheck,
  type Zone,
  type ZoneStatus,
} from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { replaceParties, replaceTasks, replaceYearly } from "./zone-children.repository.ts";
import { readVersion } from "./zone-history.repository.ts";
import {
  type DecisionInput,
  insertDecision,
  isReopened,
  type LockedEdit,
  refuseLockedEdit,
} from "./zone-lifecycle-decisions.ts";
import { finishWrite, lockZone, writeGeometry, type ZoneWriteResult } from "./zone-write.repository.ts";

type Trx = Transaction<Database>;

/** Why a status change was refused beyond the write's own reasons. */
export type StatusChangeFailure =
  | { ok: false; reason: "transition"; check: Exclude<TransitionCheck, { ok: true }> }
  | { ok: false; reason: "decision_required"; decision: "approve" | "accept" };

/**
 * Moves a zone to another status if the lifecycle allows it (see packages/domain
 * zone-status). 已批准 and 已验收 are reached only with a decision (a
 * reviewer's, with its document), which is stored on the version it produces.
 * Any status change ends a reopen.
 */
export async function changeZoneStatus(
  trx: Trx,
  id: number,
  baseVersion: number,
  status: ZoneStatus,
  changedBy: string,
  decision?: DecisionInput,
): Promise<ZoneWriteResult | StatusChangeFailure> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  const check = checkZoneTransition(lock.before.status, status);
  if (!check.ok) return { ok: false, reason: "transition", check };
  const needed = decisionFor(status);
  if (needed && decision?.kind !== needed)
    return { ok: false, reason: "decision_required", decision: needed };
  await trx.updateTable("treatment_zones").set({ status, reopened_at: null }).where("id", "=", id).execute();
  const zone = await finishWrite(trx, id, "status", changedBy, lock.before);
  if (decision) await insertDecision(trx, id, zone.version, decision);
  return { ok: true, zone, before: lock.before };
}

/**
 * Reopens an approved (or later, not yet accepted) zone so its outline and
 * fund shares may change, with the reviewer's reason, as a new version.
 */
export async function reopenZone(
  trx: Trx,
  id: number,
  baseVersion: number,
  reopen: DecisionInput,
): Promise<ZoneWriteResult | { ok: false; reason: "not_reopenable"; status: ZoneStatus }> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  const status = lock.before.status;
  if (!REOPENABLE.includes(status) || (await isReopened(trx, id)))
    return { ok: false, reason: "not_reopenable", status };
  await trx.updateTable("treatment_zones").set({ reopened_at: new Date() }).where("id", "=", id).execute();
  const zone = await finishWrite(trx, id, "reopen", reopen.by.username, lock.before);
  await insertDecision(trx, id, zone.version, reopen);
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
): Promise<ZoneWriteResult | LockedEdit | { ok: false; reason: "version_not_found" }> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  const locked = await refuseLockedEdit(trx, lock.before, ["revert"]);
  if (locked) return locked;
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
