import type { Dataset } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { ExistingKeys } from "./existing-keys.ts";
import { allocateIds, columns, geoJson, insertRows, list } from "./insert-rows.ts";
import { P, provenance, type Step } from "./write-step.ts";

const SUBSIDENCE = columns(
  "id:int code:text name_zh:text county_code:text townships:texts responsibility:text severity:text stability:text " +
    "ponding:bool damaged_cultivated_m2:num damaged_forest_m2:num damaged_grass_m2:num damaged_construction_m2:num " +
    "villages_affected:int households_affected:int people_affected:int houses_damaged:int treatment_modes:texts " +
    `reclamation_direction:text plan_year:int treated_year:int status:text budget_wan:num geom:multi${P}`,
);
const SHARE = columns("subsidence_id:int mine_id:int share_pct:num");
const HAZARD = columns(
  "id:int unified_code:text name_zh:text hazard_type:text county_code:text township:text village:text size_value:num " +
    "size_unit:text scale_grade:text threatened_people:int threatened_households:int threatened_property_wan:num " +
    "threat_objects:text danger_grade:text danger_grade_override:text stability:text triggers:texts mine_id:int " +
    "subsidence_id:int monitor_name:text monitor_phone:text responsible_name:text responsible_phone:text " +
    "warning_signal:text evacuation_route:geom shelter_name:text shelter:geom measures:texts current_alert:text " +
    `alert_raised_at:ts inventory_status:text written_off_at:date geom:geom extent:multi${P}`,
);
const THRESHOLD = columns("hazard_id:int parameter:text warn_value:num");
const CHECK = columns(
  "hazard_id:int year:int pre_flood_checked_on:date post_flood_checked_on:date result:text",
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
    list(s.townships),
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
    list(s.treatment_modes),
    s.reclamation_direction,
    s.plan_year,
    s.treated_year,
    s.status,
    s.budget_wan,
    geoJson(s.geom),
    ...provenance(s),
  ]);
  await step("subsidenceAreas", insertRows(trx, "subsidence_areas", SUBSIDENCE, areas, 1000));
  const shares = d.subsidenceAreas.flatMap((s, i) =>
    (s.responsibilities ?? []).map((r) => [sids[i], mineIds.get(r.mine_key), r.share_pct]),
  );
  await step(
    "subsidenceResponsibilities",
    insertRows(trx, "subsidence_responsibilities", SHARE, shares, 10_000),
  );

  const hids = await allocateIds(trx, "hazard_points", d.hazardPoints.length);
  const hazards = d.hazardPoints.map((h, i) => [
    hids[i],
    h.unified_code,
    h.name_zh,
    h.hazard_type,
    h.county_code,
    h.township,
    h.village,
    h.size_value,
    h.size_unit,
    h.scale_grade,
    h.threatened_people ?? 0,
    h.threatened_households ?? 0,
    h.threatened_property_wan ?? 0,
    h.threat_objects,
    h.danger_grade,
    h.danger_grade_override,
    h.stability,
    list(h.triggers),
    h.mine_key == null ? null : mineIds.get(h.mine_key),
    h.subsidence_code == null ? null : subsidenceIds.get(h.subsidence_code),
    h.monitor_name,
    h.monitor_phone,
    h.responsible_name,
    h.responsible_phone,
    h.warning_signal,
    geoJson(h.evacuation_route),
    h.shelter_name,
    geoJson(h.shelter),
    list(h.measures),
    h.current_alert ?? "none",
    h.alert_raised_at,
    h.inventory_status ?? "active",
    h.written_off_at,
    geoJson(h.geom),
    geoJson(h.extent),
    ...provenance(h),
  ]);
  await step("hazardPoints", insertRows(trx, "hazard_points", HAZARD, hazards, 1000));
  const thresholds = d.hazardPoints.flatMap((h, i) =>
    (h.thresholds ?? []).map((t) => [hids[i], t.parameter, t.warn_value]),
  );
  // Row triggers on thresholds bump the point's version for edits; points created here start at
  // version 1, and an UPDATE per threshold row would take minutes at benchmark scale. Disabled
  // inside this transaction only (a rollback re-enables them).
  await sql`ALTER TABLE hazard_thresholds DISABLE TRIGGER USER`.execute(trx);
  await step("hazardThresholds", insertRows(trx, "hazard_thresholds", THRESHOLD, thresholds, 10_000));
  await sql`ALTER TABLE hazard_thresholds ENABLE TRIGGER USER`.execute(trx);
  const checks = d.hazardPoints.flatMap((h, i) =>
    (h.yearly_checks ?? []).map((y) => [
      hids[i],
      y.year,
      y.pre_flood_checked_on,
      y.post_flood_checked_on,
      y.result,
    ]),
  );
  await step("hazardYearlyChecks", insertRows(trx, "hazard_yearly_checks", CHECK, checks, 10_000));
}
