import {
  type Dataset,
  type DatasetMine,
  disposition,
  greenMineLevel,
  mineral,
  mineStatus,
  miningMethod,
  restorationState,
  scaleClass,
  suitability,
} from "@lianpian/domain";
import type { Rejection } from "./import-result.ts";
import type { KeyScope } from "./key-scope.ts";
import { duplicates, RowCheck } from "./row-check.ts";

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const LICENSE_NO = /^C[0-9]{22}$/;

const row = (r: object) => r as Record<string, unknown>;

export function validateCompanies(d: Dataset, scope: KeyScope): Rejection[] {
  const out = duplicates(
    "companies",
    d.companies.map((c) => c.credit_code),
    "credit code",
  );
  for (const c of d.companies) {
    const k = new RowCheck("companies", String(c.credit_code), row(c));
    k.pattern("credit_code", CREDIT_CODE, "an 18-character unified social credit code");
    k.text("name_zh", { min: 2, max: 100 });
    k.text("name_en", { optional: true });
    k.text("data_source");
    if (c.county_code != null && !scope.counties.has(c.county_code))
      k.fail(
        "missing_reference",
        `county_code ${c.county_code} is neither in the bundle nor in the database`,
      );
    if (scope.existing.companies.has(c.credit_code))
      k.fail("exists", `company ${c.credit_code} is already in the database`);
    out.push(...k.problems);
  }
  return out;
}

function mineChildren(m: DatasetMine, key: string): Rejection[] {
  const out: Rejection[] = [];
  const corners = m.corners ?? [];
  out.push(
    ...duplicates(
      "mines.corners",
      corners.map((c) => `${key} ring ${c.ring ?? 1} point ${c.point_no}`),
      "corner",
    ),
  );
  for (const c of corners) {
    const k = new RowCheck("mines.corners", key, row(c));
    k.number("ring", { optional: true, integer: true, min: 1 });
    k.number("point_no", { integer: true, min: 1 });
    k.number("x_northing", { below: 1e9, above: -1e9 });
    k.number("y_easting", { below: 1e9, above: -1e9 });
    k.number("source_srid", { integer: true, min: 1 });
    out.push(...k.problems);
  }
  const funds = m.funds ?? [];
  out.push(
    ...duplicates(
      "mines.funds",
      funds.map((f) => `${key} ${f.year}`),
      "fund year",
    ),
  );
  for (const f of funds) {
    const k = new RowCheck("mines.funds", key, row(f));
    k.number("year", { integer: true, min: 2000, max: 2100 });
    k.number("accrued_wan", { min: 0, below: 1e10 });
    k.number("used_wan", { min: 0, below: 1e10 });
    k.number("balance_wan", { above: -1e10, below: 1e10 });
    out.push(...k.problems);
  }
  return out;
}

export function validateMines(d: Dataset, scope: KeyScope): Rejection[] {
  const out = duplicates(
    "mines",
    d.mines.map((m) => m.key),
    "mine key",
  );
  out.push(
    ...duplicates(
      "mines",
      d.mines.map((m) => m.license_no),
      "licence number",
    ),
  );
  for (const m of d.mines) {
    const key = String(m.key);
    const k = new RowCheck("mines", key, row(m));
    k.text("key", { max: 100 });
    k.pattern("license_no", LICENSE_NO, "a licence number (C + 22 digits)", { optional: true });
    k.text("mine_name", { min: 2, max: 100 });
    k.oneOf("mineral", mineral);
    k.oneOf("mining_method", miningMethod);
    k.number("production_scale", { optional: true, min: 0, below: 100_000 });
    k.oneOf("production_unit", ["万t/a", "万m3/a"], { optional: true });
    k.oneOf("scale_class", scaleClass, { optional: true });
    k.number("area_km2", { optional: true, above: 0, below: 1000 });
    for (const f of ["valid_from", "valid_to", "safety_permit_valid_to"]) k.date(f, { optional: true });
    k.number("remaining_service_years", { optional: true, min: 0, below: 500 });
    k.oneOf("status", mineStatus);
    k.oneOf("disposition", disposition, { optional: true });
    k.oneOf("green_mine_level", greenMineLevel, { optional: true });
    k.number("green_mine_year", { optional: true, integer: true, min: 2010, max: 2100 });
    k.oneOf("restoration_state", restorationState, { optional: true });
    k.oneOf("suitability", suitability, { optional: true });
    k.number("source_srid", { optional: true, integer: true, min: 1 });
    k.geometry("geom", ["polygonal"]);
    k.text("data_source");
    if (m.valid_from && m.valid_to && m.valid_to < m.valid_from)
      k.fail("inconsistent", "valid_to is before valid_from");
    const historic = m.status === "historic_abandoned";
    if (historic !== (m.license_no == null))
      k.fail(
        "inconsistent",
        historic ? "a historic abandoned pit has no licence number" : "a licensed mine needs license_no",
      );
    if (!historic && m.company_credit_code == null)
      k.fail("inconsistent", "a licensed mine needs its holder (company_credit_code)");
    if (m.company_credit_code != null && !scope.companies.has(m.company_credit_code))
      k.fail(
        "missing_reference",
        `company ${m.company_credit_code} is neither in the bundle nor in the database`,
      );
    if (!scope.counties.has(m.county_code))
      k.fail(
        "missing_reference",
        `county_code ${m.county_code} is neither in the bundle nor in the database`,
      );
    if (m.license_no && scope.existing.mines.has(m.license_no))
      k.fail("exists", `mine ${m.license_no} is already in the database`);
    out.push(...k.problems, ...mineChildren(m, key));
  }
  return out;
}
