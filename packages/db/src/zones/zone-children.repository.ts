import type { ZoneTask, ZoneYear } from "@lianpian/domain";
import type { Transaction } from "kysely";
import { computeFundShares } from "../analysis/fund-shares.ts";
import type { Database } from "../schema.ts";

/** Replaces a zone's six-task table. */
export async function replaceTasks(trx: Transaction<Database>, zoneId: number, tasks: readonly ZoneTask[]) {
  await trx.deleteFrom("zone_tasks").where("zone_id", "=", zoneId).execute();
  if (tasks.length === 0) return;
  await trx
    .insertInto("zone_tasks")
    .values(
      tasks.map((t) => ({
        zone_id: zoneId,
        task_kind: t.task_kind,
        lead_unit: t.lead_unit,
        planned_area_m2: t.planned_area_m2 ?? null,
        budget_wan: t.budget_wan ?? null,
      })),
    )
    .execute();
}

/** Replaces a zone's yearly plan-versus-done rows. */
export async function replaceYearly(trx: Transaction<Database>, zoneId: number, yearly: readonly ZoneYear[]) {
  await trx.deleteFrom("zone_yearly").where("zone_id", "=", zoneId).execute();
  if (yearly.length === 0) return;
  await trx
    .insertInto("zone_yearly")
    .values(yearly.map((y) => ({ zone_id: zoneId, ...y })))
    .execute();
}

/** Replaces a zone's parties; `isOverride` marks a planner's split as opposed to the computed one. */
export async function replaceParties(
  trx: Transaction<Database>,
  zoneId: number,
  shares: readonly { company_id: number | null; share_pct: number }[],
  isOverride: boolean,
) {
  await trx.deleteFrom("zone_parties").where("zone_id", "=", zoneId).execute();
  if (shares.length === 0) return;
  await trx
    .insertInto("zone_parties")
    .values(
      shares.map((s) => ({
        zone_id: zoneId,
        company_id: s.company_id,
        share_pct: s.share_pct,
        is_override: isOverride,
      })),
    )
    .execute();
}

/** Sets the parties to the shares computed from the damage inside the outline. */
export async function writeComputedParties(trx: Transaction<Database>, zoneId: number, geometry: unknown) {
  const computed = await computeFundShares(trx, geometry);
  await replaceParties(trx, zoneId, computed.parties, false);
}
