import { PLAN_TARGETS_DATASET } from "@lianpian/demo-data";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { loadPlanTargets } from "./plan-targets.loader.ts";
import { listPlanTargets } from "./plan-targets.repository.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

describe("plan targets loader", () => {
  it("has loaded every real figure of the data file on start, marked real with its source", async () => {
    const rows = await listPlanTargets(t.db.kysely);
    expect(rows).toHaveLength(PLAN_TARGETS_DATASET.figures.length);
    expect(rows.every((r) => r.is_real && r.source_document.length > 2)).toBe(true);
    const qinshui = rows.filter((r) => r.region_code === "140521" && r.indicator === "swc_rate");
    expect(qinshui.map((r) => [r.year, r.value])).toEqual([
      [2025, 74.61],
      [2035, 85.75],
    ]);
    const changzhi = rows.filter(
      (r) => r.region_code === "140400" && r.indicator === "subsidence_treated_area" && r.kind === "target",
    );
    expect(changzhi.map((r) => [r.year, r.value])).toEqual([
      [2025, 4.47],
      [2026, 1.12],
      [2027, 1.18],
      [2028, 0.32],
    ]);
  });

  it("adds nothing on a second run and keeps a county's own correction", async () => {
    await sql`UPDATE plan_targets SET value = 70, entered_by = 'qinshui' WHERE region_code = '140521'
              AND indicator = 'swc_rate' AND year = 2025`.execute(t.db.kysely);
    expect(await loadPlanTargets(t.db.kysely, PLAN_TARGETS_DATASET)).toBe(0);
    const { rows } = await sql<{ value: number }>`SELECT value FROM plan_targets WHERE region_code = '140521'
              AND indicator = 'swc_rate' AND year = 2025`.execute(t.db.kysely);
    expect(rows[0]?.value).toBe(70);
  });

  it("restores a deleted figure and audits the load", async () => {
    await sql`DELETE FROM plan_targets WHERE region_code = '140400' AND year = 2026`.execute(t.db.kysely);
    expect(await loadPlanTargets(t.db.kysely, PLAN_TARGETS_DATASET)).toBe(1);
    const { rows } = await sql<{ details: { added: number } }>`
      SELECT details FROM audit_log WHERE action = 'plan_targets.load' ORDER BY id DESC LIMIT 1`.execute(
      t.db.kysely,
    );
    expect(rows[0]?.details.added).toBe(1);
  });

  it("keeps Changzhi's sketched outline off Jincheng's counties", async () => {
    const { rows } = await sql<{ approx: boolean; area_km2: number; overlap_km2: number }>`
      SELECT r.geom_approximate AS approx, ST_Area(r.geom::geography) / 1e6 AS area_km2,
             coalesce(ST_Area(ST_Intersection(r.geom, (SELECT ST_Union(geom) FROM counties))::geography), 0) / 1e6
               AS overlap_km2
      FROM plan_regions r WHERE r.code = '140400'`.execute(t.db.kysely);
    expect(rows[0]?.approx).toBe(true);
    // Changzhi is about 13,900 km²; the sketch is of that order
    expect(rows[0]?.area_km2).toBeGreaterThan(8000);
    expect(rows[0]?.area_km2).toBeLessThan(20000);
    expect(rows[0]?.overlap_km2).toBeLessThan(0.01);
  });
});
