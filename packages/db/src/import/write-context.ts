import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { columns, geoJson, insertRows } from "./insert-rows.ts";
import { P, provenance, type Step } from "./write-step.ts";

const COUNTY = columns(
  "code:text name_zh:text name_en:text parent_code:text level:text swc_rate_now:num swc_rate_now_year:int " +
    `swc_target_2025:num swc_target_2035:num geom:multi${P}`,
);
const RIVER = columns(`name_zh:text name_en:text river_class:text geom:multi${P}`);
const TRANSPORT = columns(`name_zh:text name_en:text ref:text kind:text geom:multi${P}`);
const VILLAGE = columns(
  `name_zh:text name_en:text county_code:text township:text population:int households:int geom:geom${P}`,
);
const PROTECTED = columns(`name_zh:text name_en:text kind:text protection_level:text geom:multi${P}`);
const INFRASTRUCTURE = columns(`name_zh:text kind:text geom:geom${P}`);

/** Counties, rivers, transport lines, villages, protected areas and infrastructure. */
export async function writeContext(trx: Transaction<Database>, d: Dataset, step: Step): Promise<void> {
  const counties = d.counties.map((c) => [
    c.code,
    c.name_zh,
    c.name_en,
    c.parent_code,
    c.level,
    c.swc_rate_now,
    c.swc_rate_now_year,
    c.swc_target_2025,
    c.swc_target_2035,
    geoJson(c.geom),
    ...provenance(c),
  ]);
  // Few rows, but outlines can be large: small batches.
  await step("counties", insertRows(trx, "counties", COUNTY, counties, 20));
  const rivers = d.rivers.map((r) => [
    r.name_zh,
    r.name_en,
    r.river_class,
    geoJson(r.geom),
    ...provenance(r),
  ]);
  await step("rivers", insertRows(trx, "rivers", RIVER, rivers, 50));
  const lines = d.transportLines.map((r) => [
    r.name_zh,
    r.name_en,
    r.ref,
    r.kind,
    geoJson(r.geom),
    ...provenance(r),
  ]);
  await step("transportLines", insertRows(trx, "transport_lines", TRANSPORT, lines, 50));
  const villages = d.villages.map((r) => [
    r.name_zh,
    r.name_en,
    r.county_code,
    r.township,
    r.population,
    r.households,
    geoJson(r.geom),
    ...provenance(r),
  ]);
  await step("villages", insertRows(trx, "villages", VILLAGE, villages));
  const areas = d.protectedAreas.map((r) => [
    r.name_zh,
    r.name_en,
    r.kind,
    r.protection_level,
    geoJson(r.geom),
    ...provenance(r),
  ]);
  await step("protectedAreas", insertRows(trx, "protected_areas", PROTECTED, areas, 50));
  const infra = d.infrastructure.map((r) => [r.name_zh, r.kind, geoJson(r.geom), ...provenance(r)]);
  await step("infrastructure", insertRows(trx, "infrastructure", INFRASTRUCTURE, infra, 200));
}
