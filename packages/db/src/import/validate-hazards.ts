import {
  alertLevel,
  type Dataset,
  dangerGrade,
  hazardMeasure,
  hazardStability,
  hazardTrigger,
  hazardType,
  inventoryStatus,
  severity,
  subsidenceResponsibility,
  subsidenceStability,
  subsidenceStatus,
  suitability,
  thresholdParameter,
  treatmentMode,
} from "@lianpian/domain";
import type { Rejection } from "./import-result.ts";
import type { KeyScope } from "./key-scope.ts";
import { duplicates, RowCheck } from "./row-check.ts";

const PHONE = /^[0-9+\- ]{5,20}$/;
const row = (r: object) => r as Record<string, unknown>;

export function validateSubsidence(d: Dataset, scope: KeyScope): Rejection[] {
  const out = duplicates(
    "subsidenceAreas",
    d.subsidenceAreas.map((s) => s.code),
    "subsidence code",
  );
  for (const s of d.subsidenceAreas) {
    const key = String(s.code);
    const k = new RowCheck("subsidenceAreas", key, row(s));
    k.text("code", { min: 3, max: 40 });
    k.text("name_zh");
    k.textList("townships");
    k.oneOf("responsibility", subsidenceResponsibility);
    k.oneOf("severity", severity);
    k.oneOf("stability", subsidenceStability);
    k.bool("ponding");
    for (const f of [
      "damaged_cultivated_m2",
      "damaged_forest_m2",
      "damaged_grass_m2",
      "damaged_construction_m2",
    ])
      k.number(f, { optional: true, min: 0, below: 1e12 });
    for (const f of ["villages_affected", "households_affected", "people_affected", "houses_damaged"])
      k.number(f, { optional: true, integer: true, min: 0, max: 2_147_483_647 });
    k.subset("treatment_modes", treatmentMode);
    k.oneOf("reclamation_direction", suitability, { optional: true });
    k.number("plan_year", { optional: true, integer: true, min: 2000, max: 2100 });
    k.number("treated_year", { optional: true, integer: true, min: 2000, max: 2100 });
    k.oneOf("status", subsidenceStatus);
    k.number("budget_wan", { optional: true, min: 0, below: 1e10 });
    k.geometry("geom", ["polygonal"]);
    k.text("data_source");
    if ((s.status === "completed" || s.status === "accepted") && s.treated_year == null)
      k.fail("inconsistent", "a completed or accepted area needs treated_year");
    if (!scope.counties.has(s.county_code))
      k.fail(
        "missing_reference",
        `county_code ${s.county_code} is neither in the bundle nor in the database`,
      );
    if (scope.existing.subsidence.has(s.code))
      k.fail("exists", `subsidence area ${s.code} is already in the database`);
    const shares = s.responsibilities ?? [];
    const sum = shares.reduce((t, r) => t + (typeof r.share_pct === "number" ? r.share_pct : 0), 0);
    if (s.responsibility === "enterprise" && Math.abs(sum - 100) > 0.01)
      k.fail(
        "inconsistent",
        `the shares of an enterprise area must sum to 100 (they sum to ${sum})`,
        "subsidenceAreas.responsibilities",
      );
    if (s.responsibility === "government" && shares.length > 0)
      k.fail(
        "inconsistent",
        "a government (historic) area has no responsible mines",
        "subsidenceAreas.responsibilities",
      );
    if (sum > 100.01)
      k.fail("inconsistent", `shares sum to more than 100 (${sum})`, "subsidenceAreas.responsibilities");
    out.push(
      ...duplicates(
        "subsidenceAreas.responsibilities",
        shares.map((r) => `${key} → ${r.mine_key}`),
        "responsible mine",
      ),
    );
    for (const r of shares) {
      const c = new RowCheck("subsidenceAreas.responsibilities", key, row(r));
      c.number("share_pct", { above: 0, max: 100 });
      if (!scope.mines.has(r.mine_key))
        c.fail("missing_reference", `mine ${r.mine_key} is neither in the bundle nor in the database`);
      out.push(...c.problems);
    }
    out.push(...k.problems);
  }
  return out;
}

export function validateHazards(d: Dataset, scope: KeyScope): Rejection[] {
  const out = duplicates(
    "hazardPoints",
    d.hazardPoints.map((h) => h.unified_code),
    "unified code",
  );
  for (const h of d.hazardPoints) {
    const key = String(h.unified_code);
    const k = new RowCheck("hazardPoints", key, row(h));
    k.pattern("unified_code", /^[0-9]{12}$/, "a 12-digit unified code");
    k.text("name_zh");
    k.oneOf("hazard_type", hazardType);
    k.number("size_value", { optional: true, min: 0, below: 1e12 });
    k.oneOf("size_unit", ["m3", "m2"], { optional: true });
    k.oneOf("scale_grade", dangerGrade, { optional: true });
    k.number("threatened_people", { optional: true, integer: true, min: 0, max: 100_000 });
    k.number("threatened_households", { optional: true, integer: true, min: 0, max: 50_000 });
    k.number("threatened_property_wan", { optional: true, min: 0, below: 1e10 });
    k.oneOf("danger_grade", dangerGrade);
    k.oneOf("danger_grade_override", dangerGrade, { optional: true });
    k.oneOf("stability", hazardStability, { optional: true });
    k.subset("triggers", hazardTrigger);
    k.pattern("monitor_phone", PHONE, "a phone number", { optional: true });
    k.pattern("responsible_phone", PHONE, "a phone number", { optional: true });
    k.geometry("evacuation_route", ["linear"], { optional: true, only: "LineString" });
    k.geometry("shelter", ["point"], { optional: true, only: "Point" });
    k.subset("measures", hazardMeasure);
    k.oneOf("current_alert", alertLevel, { optional: true });
    k.timestamp("alert_raised_at", { optional: true });
    k.oneOf("inventory_status", inventoryStatus, { optional: true });
    k.date("written_off_at", { optional: true });
    k.geometry("geom", ["point"], { only: "Point" });
    k.geometry("extent", ["polygonal"], { optional: true });
    k.text("data_source");
    if ((h.inventory_status === "written_off") !== (h.written_off_at != null))
      k.fail("inconsistent", "written_off_at is set exactly when inventory_status is written_off");
    if (!scope.counties.has(h.county_code))
      k.fail(
        "missing_reference",
        `county_code ${h.county_code} is neither in the bundle nor in the database`,
      );
    if (h.mine_key != null && !scope.mines.has(h.mine_key))
      k.fail("missing_reference", `mine ${h.mine_key} is neither in the bundle nor in the database`);
    if (h.subsidence_code != null && !scope.subsidence.has(h.subsidence_code))
      k.fail(
        "missing_reference",
        `subsidence area ${h.subsidence_code} is neither in the bundle nor in the database`,
      );
    if (scope.existing.hazards.has(h.unified_code))
      k.fail("exists", `hazard point ${h.unified_code} is already in the database`);
    out.push(...k.problems);
    const thresholds = h.thresholds ?? [];
    out.push(
      ...duplicates(
        "hazardPoints.thresholds",
        thresholds.map((t) => `${key} ${t.parameter}`),
        "threshold",
      ),
    );
    for (const t of thresholds) {
      const c = new RowCheck("hazardPoints.thresholds", key, row(t));
      c.oneOf("parameter", thresholdParameter);
      c.number("warn_value", { above: 0, below: 1e8 });
      out.push(...c.problems);
    }
    const checks = h.yearly_checks ?? [];
    out.push(
      ...duplicates(
        "hazardPoints.yearly_checks",
        checks.map((y) => `${key} ${y.year}`),
        "check year",
      ),
    );
    for (const y of checks) {
      const c = new RowCheck("hazardPoints.yearly_checks", key, row(y));
      c.number("year", { integer: true, min: 2000, max: 2100 });
      c.date("pre_flood_checked_on", { optional: true });
      c.date("post_flood_checked_on", { optional: true });
      c.oneOf("result", ["stable", "worsened", "improved", "written_off"], { optional: true });
      out.push(...c.problems);
    }
  }
  return out;
}
