import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { geom, insertRows, multi } from "./insert-rows.ts";
import { cols, P, provenance, type Step } from "./write-step.ts";

/** Counties, rivers, transport lines, villages, protected areas and infrastructure. */
export async function writeContext(trx: Transaction<Database>, d: Dataset, step: Step): Promise<void> {
  const county = cols(
    "code name_zh name_en parent_code level swc_rate_now swc_rate_now_year swc_target_2025 swc_target_2035 geom",
  );
  const counties = d.counties.map((c) => [
    c.code,
    c.name_zh,
    c.name_en,
    c.parent_code ?? null,
    c.level,
    c.swc_rate_now ?? null,
    c.swc_rate_now_year ?? null,
    c.swc_target_2025 ?? null,
    c.swc_target_2035 ?? null,
    multi(c.geom),
    ...provenance(c),
  ]);
  // Few rows, but outlines can be large: small batches.
  await step("counties", insertRows(trx, "counties", [...county, ...P], counties, 20));
  const rivers = d.rivers.map((r) => [r.name_zh, r.name_en, r.river_class, multi(r.geom), ...provenance(r)]);
  await step(
    "rivers",
    insertRows(trx, "rivers", [...cols("name_zh name_en river_class geom"), ...P], rivers, 50),
  );
  const lines = d.transportLines.map((r) => [
    r.name_zh,
    r.name_en,
    r.ref ?? null,
    r.kind,
    multi(r.geom),
    ...provenance(r),
  ]);
  await step(
    "transportLines",
    insertRows(trx, "transport_lines", [...cols("name_zh name_en ref kind geom"), ...P], lines, 50),
  );
  const villages = d.villages.map((r) => [
    r.name_zh,
    r.name_en ?? null,
    r.county_code,
    r.township ?? null,
    r.population,
    r.households,
    geom(r.geom),
    ...provenance(r),
  ]);
  const village = cols("name_zh name_en county_code township population households geom");
  await step("villages", insertRows(trx, "villages", [...village, ...P], villages));
  const areas = d.protectedAreas.map((r) => [
    r.name_zh,
    r.name_en ?? null,
    r.kind,
    r.protection_level,
    multi(r.geom),
    ...provenance(r),
  ]);
  const area = cols("name_zh name_en kind protection_level geom");
  await step("protectedAreas", insertRows(trx, "protected_areas", [...area, ...P], areas, 50));
  const infra = d.infrastructure.map((r) => [r.name_zh, r.kind, geom(r.geom), ...provenance(r)]);
  await step(
    "infrastructure",
    insertRows(trx, "infrastructure", [...cols("name_zh kind geom"), ...P], infra),
  );
}
