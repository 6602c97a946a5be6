import {
  corridorFunction,
  corridorStatus,
  corridorType,
  type Dataset,
  damageType,
  implementationMode,
  phase,
  suitability,
  taskKind,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import type { Rejection } from "./import-result.ts";
import type { KeyScope } from "./key-scope.ts";
import { duplicates, RowCheck } from "./row-check.ts";

const row = (r: object) => r as Record<string, unknown>;

export function validateCorridors(d: Dataset, scope: KeyScope): Rejection[] {
  const out = duplicates(
    "corridors",
    d.corridors.map((c) => c.code),
    "corridor code",
  );
  for (const c of d.corridors) {
    const k = new RowCheck("corridors", String(c.code), row(c));
    k.text("code");
    k.text("name_zh");
    k.oneOf("corridor_type", corridorType);
    k.text("anchor");
    k.number("width_left_m", { above: 0, max: 5000 });
    k.number("width_right_m", { above: 0, max: 5000 });
    k.textList("county_codes");
    k.subset("functions", corridorFunction);
    k.number("vegetation_cover_baseline", { optional: true, min: 0, max: 100 });
    k.number("vegetation_cover_current", { optional: true, min: 0, max: 100 });
    k.oneOf("status", corridorStatus);
    k.geometry("centerline", ["linear"]);
    k.text("data_source");
    if (scope.existing.corridors.has(c.code))
      k.fail("exists", `corridor ${c.code} is already in the database`);
    out.push(...k.problems);
  }
  return out;
}

export function validateZones(d: Dataset, scope: KeyScope): Rejection[] {
  const out = duplicates(
    "treatmentZones",
    d.treatmentZones.map((z) => z.code),
    "zone code",
  );
  for (const z of d.treatmentZones) {
    const key = String(z.code);
    const k = new RowCheck("treatmentZones", key, row(z));
    k.pattern("code", /^[A-Z0-9-]{3,40}$/, "a zone code (A–Z, 0–9, -)");
    k.text("name_zh", { min: 2, max: 100 });
    k.oneOf("zone_type", zoneType);
    k.textList("county_codes");
    k.subset("damage_types", damageType);
    k.oneOf("implementation_mode", implementationMode, { optional: true });
    k.oneOf("phase", phase);
    k.oneOf("status", zoneStatus, { optional: true });
    k.number("budget_wan", { optional: true, min: 0, below: 1e10 });
    k.number("dist_hsr_m", { optional: true, min: 0, below: 1e11 });
    k.number("dist_expressway_m", { optional: true, min: 0, below: 1e11 });
    k.geometry("geom", ["polygonal"]);
    k.text("data_source");
    const restoration = z.restoration_m2 ?? {};
    if (typeof restoration !== "object" || Array.isArray(restoration))
      k.fail("bad_format", "restoration_m2 must be an object");
    else
      for (const [dir, m2] of Object.entries(restoration)) {
        if (!suitability.has(dir))
          k.fail("unknown_value", `restoration_m2: unknown direction ${JSON.stringify(dir)}`);
        else if (typeof m2 !== "number" || !(m2 >= 0))
          k.fail("out_of_range", `restoration_m2.${dir} must be a number ≥ 0`);
      }
    if (scope.existing.zones.has(z.code)) k.fail("exists", `zone ${z.code} is already in the database`);
    out.push(...k.problems);
    const tasks = z.tasks ?? [];
    out.push(
      ...duplicates(
        "treatmentZones.tasks",
        tasks.map((t) => `${key} ${t.task_kind}`),
        "task kind",
      ),
    );
    for (const t of tasks) {
      const c = new RowCheck("treatmentZones.tasks", key, row(t));
      c.oneOf("task_kind", taskKind);
      c.text("lead_unit");
      c.number("planned_area_m2", { optional: true, min: 0, below: 1e13 });
      c.number("budget_wan", { optional: true, min: 0, below: 1e10 });
      out.push(...c.problems);
    }
    const parties = z.parties ?? [];
    out.push(
      ...duplicates(
        "treatmentZones.parties",
        parties.map((p) => `${key} ${p.company_credit_code ?? "government"}`),
        "party",
      ),
    );
    for (const p of parties) {
      const c = new RowCheck("treatmentZones.parties", key, row(p));
      c.number("share_pct", { min: 0, max: 100 });
      c.bool("is_override");
      if (p.company_credit_code != null && !scope.companies.has(p.company_credit_code))
        c.fail(
          "missing_reference",
          `company ${p.company_credit_code} is neither in the bundle nor in the database`,
        );
      out.push(...c.problems);
    }
    const sum = parties.reduce((t, p) => t + (typeof p.share_pct === "number" ? p.share_pct : 0), 0);
    if (parties.length > 0 && Math.abs(sum - 100) > 0.001)
      out.push({
        table: "treatmentZones.parties",
        key,
        code: "inconsistent",
        reason: `fund shares must sum to 100 (they sum to ${sum})`,
      });
    const years = z.yearly ?? [];
    out.push(
      ...duplicates(
        "treatmentZones.yearly",
        years.map((y) => `${key} ${y.year}`),
        "year",
      ),
    );
    for (const y of years) {
      const c = new RowCheck("treatmentZones.yearly", key, row(y));
      c.number("year", { integer: true, min: 2019, max: 2035 });
      for (const f of ["planned_area_m2", "done_area_m2"])
        c.number(f, { optional: true, min: 0, below: 1e13 });
      for (const f of ["planned_spend_wan", "done_spend_wan"])
        c.number(f, { optional: true, min: 0, below: 1e10 });
      out.push(...c.problems);
    }
  }
  return out;
}
