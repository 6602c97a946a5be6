import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { allocateIds, insertRows, jsonb, multi, textArray } from "./insert-rows.ts";
import { cols, P, provenance, type Step } from "./write-step.ts";

const CORRIDOR = cols(
  "code name_zh corridor_type anchor width_left_m width_right_m county_codes functions vegetation_cover_baseline " +
    "vegetation_cover_current status centerline",
);
const ZONE = cols(
  "id code name_zh zone_type county_codes damage_types restoration_m2 implementation_mode phase status budget_wan " +
    "fund_sources dist_hsr_m dist_expressway_m geom",
);

/**
 * Corridors (zone, length and area follow from a trigger) and treatment
 * zones with tasks, parties and yearly figures. Zones start at version 1
 * with no history row: the import is their origin, recorded by data_source.
 */
export async function writeCorridorsAndZones(
  trx: Transaction<Database>,
  d: Dataset,
  companyIds: ReadonlyMap<string, number>,
  step: Step,
): Promise<void> {
  const corridors = d.corridors.map((c) => [
    c.code,
    c.name_zh,
    c.corridor_type,
    c.anchor,
    c.width_left_m,
    c.width_right_m,
    textArray(c.county_codes),
    textArray(c.functions),
    c.vegetation_cover_baseline ?? null,
    c.vegetation_cover_current ?? null,
    c.status,
    multi(c.centerline),
    ...provenance(c),
  ]);
  await step("corridors", insertRows(trx, "corridors", [...CORRIDOR, ...P], corridors, 100));

  const zids = await allocateIds(trx, "treatment_zones", d.treatmentZones.length);
  const zones = d.treatmentZones.map((z, i) => [
    zids[i],
    z.code,
    z.name_zh,
    z.zone_type,
    textArray(z.county_codes),
    textArray(z.damage_types),
    jsonb(z.restoration_m2 ?? {}),
    z.implementation_mode ?? null,
    z.phase,
    z.status ?? "draft",
    z.budget_wan ?? null,
    z.fund_sources ?? null,
    z.dist_hsr_m ?? null,
    z.dist_expressway_m ?? null,
    multi(z.geom),
    ...provenance(z),
  ]);
  await step("treatmentZones", insertRows(trx, "treatment_zones", [...ZONE, ...P], zones, 100));
  const tasks = d.treatmentZones.flatMap((z, i) =>
    (z.tasks ?? []).map((t) => [
      zids[i],
      t.task_kind,
      t.lead_unit,
      t.planned_area_m2 ?? null,
      t.budget_wan ?? null,
    ]),
  );
  const task = cols("zone_id task_kind lead_unit planned_area_m2 budget_wan");
  await step("zoneTasks", insertRows(trx, "zone_tasks", task, tasks));
  const parties = d.treatmentZones.flatMap((z, i) =>
    (z.parties ?? []).map((p) => [
      zids[i],
      p.company_credit_code == null ? null : companyIds.get(p.company_credit_code),
      p.share_pct,
      p.is_override ?? false,
    ]),
  );
  await step(
    "zoneParties",
    insertRows(trx, "zone_parties", cols("zone_id company_id share_pct is_override"), parties),
  );
  const years = d.treatmentZones.flatMap((z, i) =>
    (z.yearly ?? []).map((y) => [
      zids[i],
      y.year,
      y.planned_area_m2 ?? 0,
      y.done_area_m2 ?? 0,
      y.planned_spend_wan ?? 0,
      y.done_spend_wan ?? 0,
    ]),
  );
  const year = cols("zone_id year planned_area_m2 done_area_m2 planned_spend_wan done_spend_wan");
  await step("zoneYearly", insertRows(trx, "zone_yearly", year, years));
}
