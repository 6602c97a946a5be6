import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { ExistingKeys } from "./existing-keys.ts";
import { allocateIds, date, geom, insertRows, multi, textArray, timestamptz } from "./insert-rows.ts";
import { cols, P, provenance, type Step } from "./write-step.ts";

const SUBSIDENCE = cols(
  "id code name_zh county_code townships responsibility severity stability ponding damaged_cultivated_m2 damaged_forest_m2 " +
    "damaged_grass_m2 damaged_construction_m2 villages_affected households_affected people_affected houses_damaged " +
    "treatment_modes reclamation_direction plan_year treated_year status budget_wan geom",
);
const HAZARD = cols(
  "id unified_code name_zh hazard_type county_code township village size_value size_unit scale_grade threatened_people " +
    "threatened_households threatened_property_wan threat_objects danger_grade danger_grade_override stability triggers " +
    "mine_id subsidence_id monitor_name monitor_phone responsible_name responsible_phone warning_signal evacuation_route " +
    "shelter_name shelter measures current_alert alert_raised_at inventory_status written_off_at geom extent",
);

/** Subsidence areas (with responsibilities) and hazard points (with thresholds and yearly checks). */
export async function writeSubsidenceAndHazards(
  trx: Transaction<Database>,
  d: Dataset,
  existing: ExistingKeys,
  mineIds: ReadonlyMap<string, number>,
  step: Step,
): Promise<void> {
  const subsidenceIds = new Map(existing.subsidence);
  const sids = await allocateIds(trx, "subsidence_areas", d.subsidenceAreas.length);
  d.subsidenceAreas.forEach((s, i) => {
    subsidenceIds.set(s.code, sids[i] as number);
  });
  const areas = d.subsidenceAreas.map((s, i) => [
    sids[i],
    s.code,
    s.name_zh,
    s.county_code,
    textArray(s.townships),
    s.responsibility,
    s.severity,
    s.stability,
    s.ponding ?? false,
    s.damaged_cultivated_m2 ?? 0,
    s.damaged_forest_m2 ?? 0,
    s.damaged_grass_m2 ?? 0,
    s.damaged_construction_m2 ?? 0,
    s.villages_affected ?? 0,
    s.households_affected ?? 0,
    s.people_affected ?? 0,
    s.houses_damaged ?? 0,
    textArray(s.treatment_modes),
    s.reclamation_direction ?? null,
    s.plan_year ?? null,
    s.treated_year ?? null,
    s.status,
    s.budget_wan ?? null,
    multi(s.geom),
    ...provenance(s),
  ]);
  await step("subsidenceAreas", insertRows(trx, "subsidence_areas", [...SUBSIDENCE, ...P], areas));
  const shares = d.subsidenceAreas.flatMap((s, i) =>
    (s.responsibilities ?? []).map((r) => [sids[i], mineIds.get(r.mine_key), r.share_pct]),
  );
  const share = cols("subsidence_id mine_id share_pct");
  await step(
    "subsidenceResponsibilities",
    insertRows(trx, "subsidence_responsibilities", share, shares, 2000),
  );

  const hids = await allocateIds(trx, "hazard_points", d.hazardPoints.length);
  const hazards = d.hazardPoints.map((h, i) => [
    hids[i],
    h.unified_code,
    h.name_zh,
    h.hazard_type,
    h.county_code,
    h.township ?? null,
    h.village ?? null,
    h.size_value ?? null,
    h.size_unit ?? null,
    h.scale_grade ?? null,
    h.threatened_people ?? 0,
    h.threatened_households ?? 0,
    h.threatened_property_wan ?? 0,
    h.threat_objects ?? null,
    h.danger_grade,
    h.danger_grade_override ?? null,
    h.stability ?? null,
    textArray(h.triggers),
    h.mine_key == null ? null : mineIds.get(h.mine_key),
    h.subsidence_code == null ? null : subsidenceIds.get(h.subsidence_code),
    h.monitor_name ?? null,
    h.monitor_phone ?? null,
    h.responsible_name ?? null,
    h.responsible_phone ?? null,
    h.warning_signal ?? null,
    geom(h.evacuation_route),
    h.shelter_name ?? null,
    geom(h.shelter),
    textArray(h.measures),
    h.current_alert ?? "none",
    timestamptz(h.alert_raised_at),
    h.inventory_status ?? "active",
    date(h.written_off_at),
    geom(h.geom),
    multi(h.extent),
    ...provenance(h),
  ]);
  await step("hazardPoints", insertRows(trx, "hazard_points", [...HAZARD, ...P], hazards));
  const thresholds = d.hazardPoints.flatMap((h, i) =>
    (h.thresholds ?? []).map((t) => [hids[i], t.parameter, t.warn_value]),
  );
  const threshold = cols("hazard_id parameter warn_value");
  await step("hazardThresholds", insertRows(trx, "hazard_thresholds", threshold, thresholds, 2000));
  const checks = d.hazardPoints.flatMap((h, i) =>
    (h.yearly_checks ?? []).map((y) => [
      hids[i],
      y.year,
      date(y.pre_flood_checked_on),
      date(y.post_flood_checked_on),
      y.result ?? null,
    ]),
  );
  const check = cols("hazard_id year pre_flood_checked_on post_flood_checked_on result");
  await step("hazardYearlyChecks", insertRows(trx, "hazard_yearly_checks", check, checks, 2000));
}
