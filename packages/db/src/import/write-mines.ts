import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { ExistingKeys } from "./existing-keys.ts";
import { allocateIds, date, insertRows, multi } from "./insert-rows.ts";
import { cols, P, provenance, type Step } from "./write-step.ts";

const MINE = cols(
  "id license_no mine_name company_id county_code mineral mining_method production_scale production_unit scale_class area_km2 " +
    "valid_from valid_to safety_permit_valid_to remaining_service_years status disposition disposition_doc green_mine_level " +
    "green_mine_year restoration_state suitability source_srid geom",
);

/** Companies and mines with their corners and funds; returns the ids by natural key that later tables point at. */
export async function writeMines(trx: Transaction<Database>, d: Dataset, existing: ExistingKeys, step: Step) {
  const companyIds = new Map(existing.companies);
  const cids = await allocateIds(trx, "companies", d.companies.length);
  d.companies.forEach((c, i) => {
    companyIds.set(c.credit_code, cids[i] as number);
  });
  const companies = d.companies.map((c, i) => [
    cids[i],
    c.name_zh,
    c.name_en ?? null,
    c.credit_code,
    c.county_code ?? null,
    ...provenance(c),
  ]);
  await step(
    "companies",
    insertRows(trx, "companies", [...cols("id name_zh name_en credit_code county_code"), ...P], companies),
  );

  const mineIds = new Map(existing.mines);
  const mids = await allocateIds(trx, "mines", d.mines.length);
  d.mines.forEach((m, i) => {
    mineIds.set(m.key, mids[i] as number);
  });
  const mines = d.mines.map((m, i) => [
    mids[i],
    m.license_no ?? null,
    m.mine_name,
    m.company_credit_code == null ? null : companyIds.get(m.company_credit_code),
    m.county_code,
    m.mineral,
    m.mining_method,
    m.production_scale ?? null,
    m.production_unit ?? "万t/a",
    m.scale_class ?? null,
    m.area_km2 ?? null,
    date(m.valid_from),
    date(m.valid_to),
    date(m.safety_permit_valid_to),
    m.remaining_service_years ?? null,
    m.status,
    m.disposition ?? null,
    m.disposition_doc ?? null,
    m.green_mine_level ?? "none",
    m.green_mine_year ?? null,
    m.restoration_state ?? "not_started",
    m.suitability ?? null,
    m.source_srid ?? 4326,
    multi(m.geom),
    ...provenance(m),
  ]);
  await step("mines", insertRows(trx, "mines", [...MINE, ...P], mines));
  const corners = d.mines.flatMap((m, i) =>
    (m.corners ?? []).map((c) => [
      mids[i],
      c.ring ?? 1,
      c.point_no,
      c.x_northing,
      c.y_easting,
      c.source_srid,
    ]),
  );
  const corner = cols("mine_id ring point_no x_northing y_easting source_srid");
  await step("mineCorners", insertRows(trx, "mine_corners", corner, corners, 2000));
  const funds = d.mines.flatMap((m, i) =>
    (m.funds ?? []).map((f) => [mids[i], f.year, f.accrued_wan, f.used_wan, f.balance_wan]),
  );
  const fund = cols("mine_id year accrued_wan used_wan balance_wan");
  await step("mineFunds", insertRows(trx, "mine_funds", fund, funds, 2000));
  return { companyIds, mineIds };
}
