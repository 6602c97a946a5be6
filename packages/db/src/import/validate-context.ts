import {
  type Dataset,
  infrastructureKind,
  protectedKind,
  protectionLevel,
  riverClass,
  transportKind,
} from "@lianpian/domain";
import type { Rejection } from "./import-result.ts";
import { type KeyScope, unnamed } from "./key-scope.ts";
import { duplicates, RowCheck } from "./row-check.ts";

const CODE6 = /^[0-9]{6}$/;
/** County outlines may be detailed surveys; other layers stay small. */
const OUTLINE_LIMITS = { maxVertices: 500_000 };

const row = (r: object) => r as Record<string, unknown>;

export function validateContext(d: Dataset, scope: KeyScope): Rejection[] {
  const out: Rejection[] = [];
  out.push(
    ...duplicates(
      "counties",
      d.counties.map((c) => c.code),
      "county code",
    ),
  );
  d.counties.forEach((c) => {
    const k = new RowCheck("counties", String(c.code), row(c));
    k.pattern("code", CODE6, "a 6-digit county code");
    k.text("name_zh", { max: 50 });
    k.text("name_en", { max: 80 });
    k.pattern("parent_code", CODE6, "a 6-digit county code", { optional: true });
    k.oneOf("level", ["city", "county"]);
    for (const f of ["swc_rate_now", "swc_target_2025", "swc_target_2035"])
      k.number(f, { optional: true, min: 0, max: 100 });
    k.number("swc_rate_now_year", { optional: true, integer: true, min: 2000, max: 2100 });
    k.geometry("geom", ["polygonal"], { limits: OUTLINE_LIMITS });
    k.text("data_source");
    if (scope.existing.counties.has(c.code)) k.fail("exists", `county ${c.code} is already in the database`);
    out.push(...k.problems);
  });
  d.rivers.forEach((r, i) => {
    const k = new RowCheck("rivers", unnamed(r, i), row(r));
    k.text("name_zh", { max: 50 });
    k.text("name_en");
    k.oneOf("river_class", riverClass);
    k.geometry("geom", ["linear"]);
    k.text("data_source");
    out.push(...k.problems);
  });
  d.transportLines.forEach((r, i) => {
    const k = new RowCheck("transportLines", unnamed(r, i), row(r));
    k.text("name_zh");
    k.text("name_en");
    k.text("ref", { optional: true });
    k.oneOf("kind", transportKind);
    k.geometry("geom", ["linear"]);
    k.text("data_source");
    out.push(...k.problems);
  });
  d.villages.forEach((r, i) => {
    const k = new RowCheck("villages", unnamed(r, i), row(r));
    k.text("name_zh");
    k.text("name_en", { optional: true });
    k.text("township", { optional: true });
    k.number("population", { integer: true, min: 0, max: 1_000_000 });
    k.number("households", { integer: true, min: 0, max: 500_000 });
    k.geometry("geom", ["point"], { only: "Point" });
    k.text("data_source");
    if (!scope.counties.has(r.county_code))
      k.fail(
        "missing_reference",
        `county_code ${r.county_code} is neither in the bundle nor in the database`,
      );
    out.push(...k.problems);
  });
  d.protectedAreas.forEach((r, i) => {
    const k = new RowCheck("protectedAreas", unnamed(r, i), row(r));
    k.text("name_zh");
    k.text("name_en", { optional: true });
    k.oneOf("kind", protectedKind);
    k.oneOf("protection_level", protectionLevel);
    k.geometry("geom", ["polygonal"], { limits: OUTLINE_LIMITS });
    k.text("data_source");
    out.push(...k.problems);
  });
  d.infrastructure.forEach((r, i) => {
    const k = new RowCheck("infrastructure", unnamed(r, i), row(r));
    k.text("name_zh");
    k.oneOf("kind", infrastructureKind);
    k.geometry("geom", ["point", "linear", "polygonal"]);
    k.text("data_source");
    out.push(...k.problems);
  });
  return out;
}
