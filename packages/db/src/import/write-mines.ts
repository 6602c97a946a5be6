import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { ExistingKeys } from "./existing-keys.ts";
import { allocateIds, columns, geoJson, insertRows } from "./insert-rows.ts";
import { P, provenance, type Step } from "./write-step.ts";

const COMPANY = columns(`id:int name_zh:text name_en:text credit_code:text county_code:text${P}`);
const MINE = columns(
  "id:int license_no:text mine_name:text company_id:int county_code:text mineral:text mining_method:text " +
    "production_scale:num production_unit:text scale_class:text area_km2:num valid_from:date valid_to:date " +
    "safety_permit_valid_to:date remaining_service_years:num status:text disposition:text disposition_doc:text " +
    `green_mine_level:text green_mine_year:int restoration_state:text suitability:text source_srid:int geom:multi${P}`,
);
const CORNER = columns("mine_id:int ring:int point_no:int x_northing:num y_easting:num source_srid:int");
const FUND = columns("mine_id:int year:int accrued_wan:num used_wan:num balance_wan:num");

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
    c.name_en,
    c.credit_code,
    c.county_code,
    ...provenance(c),
  ]);
  await step("companies", insertRows(trx, "companies", COMPANY, companies));

  const mineIds = new Map(existing.mines);
  const mids = await allocateIds(trx, "mines", d.mines.length);
  d.mines.forEach((m, i) => {
    mineIds.set(m.key, mids[i] as number);
  });
  const mines = d.mines.map((m, i) => [
    mids[i],
    m.license_no,
    m.mine_name,
    m.company_credit_code == null ? null : companyIds.get(m.company_credit_code),
    m.county_code,
    m.mineral,
    m.mining_method,
    m.production_scale,
    m.production_unit ?? "万t/a",
    m.scale_class,
    m.area_km2,
    m.valid_from,
    m.valid_to,
    m.safety_permit_valid_to,
    m.remaining_service_years,
    m.status,
    m.disposition,
    m.disposition_doc,
    m.green_mine_level ?? "none",
    m.green_mine_year,
    m.restoration_state ?? "not_started",
    m.suitability,
    m.source_srid ?? 4326,
    geoJson(m.geom),
    ...provenance(m),
  ]);
  await step("mines", insertRows(trx, "mines", MINE, mines, 1000));
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
  await step("mineCorners", insertRows(trx, "mine_corners", CORNER, corners, 10_000));
  const funds = d.mines.flatMap((m, i) =>
    (m.funds ?? []).map((f) => [mids[i], f.year, f.accrued_wan, f.used_wan, f.balance_wan]),
  );
  await step("mineFunds", insertRows(trx, "mine_funds", FUND, funds, 10_000));
  return { companyIds, mineIds };
}
