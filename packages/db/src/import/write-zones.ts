import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { refreshZoneFacts } from "../zones/zone-facts.repository.ts";
import { allocateIds, columns, geoJson, insertRows, list } from "./insert-rows.ts";
import { P, provenance, type Step } from "./write-step.ts";

const CORRIDOR = columns(
  "code:text name_zh:text corridor_type:text anchor:text width_left_m:num width_right_m:num county_codes:texts " +
    `functions:texts vegetation_cover_baseline:num vegetation_cover_current:num status:text centerline:multi${P}`,
);
const ZONE = columns(
  "id:int code:text name_zh:text zone_type:text county_codes:texts damage_types:texts restoration_m2:jsonb " +
    "implementation_mode:text phase:text status:text budget_wan:num fund_sources:text dist_hsr_m:num " +
    `dist_expressway_m:num geom:multi${P}`,
);
const TASK = columns("zone_id:int task_kind:text lead_unit:text planned_area_m2:num budget_wan:num");
const PARTY = columns("zone_id:int company_id:int share_pct:num is_override:bool");
const YEAR = columns(
  "zone_id:int year:int planned_area_m2:num done_area_m2:num planned_spend_wan:num done_spend_wan:num",
);

/**
 * Corridors (zone, length and area follow from a trigger) and treatment
 * zones with tasks, parties and yearly figures; a zone's derived facts are
 * then recomputed from its outline (refreshZoneFacts). Zones start at version 1
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
    list(c.county_codes),
    list(c.functions),
    c.vegetation_cover_baseline,
    c.vegetation_cover_current,
    c.status,
    geoJson(c.centerline),
    ...provenance(c),
  ]);
  await step("corridors", insertRows(trx, "corridors", CORRIDOR, corridors, 100));

  const zids = await allocateIds(trx, "treatment_zones", d.treatmentZones.length);
  const zones = d.treatmentZones.map((z, i) => [
    zids[i],
    z.code,
    z.name_zh,
    z.zone_type,
    list(z.county_codes),
    list(z.damage_types),
    JSON.stringify(z.restoration_m2 ?? {}),
    z.implementation_mode,
    z.phase,
    z.status ?? "draft",
    z.budget_wan,
    z.fund_sources,
    z.dist_hsr_m,
    z.dist_expressway_m,
    geoJson(z.geom),
    ...provenance(z),
  ]);
  await step("treatmentZones", insertRows(trx, "treatment_zones", ZONE, zones, 100));
  const tasks = d.treatmentZones.flatMap((z, i) =>
    (z.tasks ?? []).map((t) => [zids[i], t.task_kind, t.lead_unit, t.planned_area_m2, t.budget_wan]),
  );
  await step("zoneTasks", insertRows(trx, "zone_tasks", TASK, tasks));
  const parties = d.treatmentZones.flatMap((z, i) =>
    (z.parties ?? []).map((p) => [
      zids[i],
      p.company_credit_code == null ? null : companyIds.get(p.company_credit_code),
      p.share_pct,
      p.is_override ?? false,
    ]),
  );
  await step("zoneParties", insertRows(trx, "zone_parties", PARTY, parties));
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
  await step("zoneYearly", insertRows(trx, "zone_yearly", YEAR, years));
  // Counties, distances and computed fund shares are the database's, by the
  // zone report's queries, whatever the file said; a planner's override stays.
  await refreshZoneFacts(trx, zids);
}
