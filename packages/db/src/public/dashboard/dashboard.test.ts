import { PLAN_YEARS } from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../../test/support/test-database.ts";
import { greenMines } from "./green-mines.repository.ts";
import { hazardsSummary } from "./hazards-summary.repository.ts";
import { restorationSummary } from "./restoration-summary.repository.ts";
import { subsidenceByYear } from "./subsidence-by-year.repository.ts";
import { swcRates } from "./swc-rates.repository.ts";
import { zonesSummary } from "./zones-summary.repository.ts";

/**
 * Each dashboard figure against a plainly written aggregate over the same
 * tables (grouped differently: by key, without the series' generate_series
 * or ROLLUP), for all counties and for one.
 */
let t: TestDatabase;
const ALL = { county: null };
let one: { county: string };
beforeAll(async () => {
  t = await openTestDatabase();
  const { rows } = await sql<{ code: string }>`
    SELECT county_code::text AS code FROM subsidence_areas GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`.execute(
    t.db.kysely,
  );
  one = { county: rows[0]?.code ?? "140521" };
});
afterAll(async () => t?.drop());

const q = async <R>(query: ReturnType<typeof sql<R>>) => (await query.execute(t.db.kysely)).rows;
const byKey = <R, K extends keyof R>(rows: R[], key: K) => new Map(rows.map((r) => [String(r[key]), r]));

describe("dashboard aggregates", () => {
  it("subsidence treated and planned per year equal the sums of the areas' ellipsoidal areas", async () => {
    for (const filter of [ALL, one]) {
      const got = await subsidenceByYear(t.db.kysely, filter, PLAN_YEARS);
      const c = filter.county;
      const treated = byKey(
        await q(sql<{ y: number; m2: number }>`
          SELECT treated_year AS y, sum(ST_Area(geom::geography)) AS m2 FROM subsidence_areas
          WHERE status IN ('completed', 'accepted') AND (${c}::text IS NULL OR county_code = ${c})
          GROUP BY treated_year`),
        "y",
      );
      const planned = byKey(
        await q(sql<{ y: number; m2: number }>`
          SELECT plan_year AS y, sum(ST_Area(geom::geography)) AS m2 FROM subsidence_areas
          WHERE (${c}::text IS NULL OR county_code = ${c}) GROUP BY plan_year`),
        "y",
      );
      expect(got.years.map((r) => r.year)).toEqual(range(PLAN_YEARS.first, PLAN_YEARS.last));
      for (const row of got.years) {
        expect(row.treated_m2).toBeCloseTo(treated.get(String(row.year))?.m2 ?? 0, 3);
        expect(row.planned_m2).toBeCloseTo(planned.get(String(row.year))?.m2 ?? 0, 3);
      }
      const [all] = await q(sql<{ n: number }>`
        SELECT count(*)::int AS n FROM subsidence_areas WHERE (${c}::text IS NULL OR county_code = ${c})`);
      expect(got.area_count).toBe(all?.n);
    }
    // the demo has treated subsidence, so the comparison above compared something
    const got = await subsidenceByYear(t.db.kysely, ALL, PLAN_YEARS);
    expect(got.years.some((y) => y.treated_m2 > 0)).toBe(true);
  });

  it("soil-and-water rates: the counties' current rate beside each plan target", async () => {
    const got = await swcRates(t.db.kysely, ALL);
    const expected = await q(sql<{ code: string; now: number | null; year: number; value: number }>`
      SELECT t.region_code::text AS code, c.swc_rate_now::float8 AS now, t.year, t.value::float8 AS value
      FROM plan_targets t LEFT JOIN counties c ON c.code = t.region_code
      WHERE t.indicator = 'swc_rate' AND t.kind = 'target' ORDER BY 1, 3`);
    const flat = got.flatMap((r) =>
      r.targets.map((x) => ({ code: r.code, now: r.rate_now, year: x.year, value: x.value })),
    );
    expect(flat.sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year)).toEqual(expected);
    expect(got).toHaveLength(7);
  });

  it("green mines by scale and in total, as at a year", async () => {
    for (const year of [2020, 2025]) {
      const got = await greenMines(t.db.kysely, ALL, year, PLAN_YEARS);
      const expected = await q(sql<{ scale: string; producing: number; green: number }>`
        SELECT coalesce(scale_class, 'unknown') AS scale, count(*)::int AS producing,
               sum(CASE WHEN green_mine_level IN ('national', 'provincial')
                         AND coalesce(green_mine_year, 0) <= ${year} THEN 1 ELSE 0 END)::int AS green
        FROM mines WHERE status = 'producing' GROUP BY 1`);
      for (const e of expected) {
        const row = got.by_scale.find((r) => r.scale_class === e.scale);
        expect(row, e.scale).toMatchObject({ producing: e.producing, green: e.green });
      }
      const total = got.by_scale.find((r) => r.scale_class === "all");
      expect(total?.producing).toBe(expected.reduce((s, e) => s + e.producing, 0));
      expect(total?.green).toBe(expected.reduce((s, e) => s + e.green, 0));
      expect(got.by_year.find((r) => r.year === year)?.green).toBe(total?.green);
    }
  });

  it("zones by status and phase (drafts left out) and their yearly areas", async () => {
    const got = await zonesSummary(t.db.kysely, one, PLAN_YEARS);
    const expected = await q(sql<{ status: string; phase: string; zones: number; area: number }>`
      SELECT status, phase, count(*)::int AS zones, sum(area_m2)::float8 AS area FROM treatment_zones
      WHERE status <> 'draft' AND ${one.county} = ANY (county_codes) GROUP BY status, phase`);
    expect(got.by_status_phase).toHaveLength(expected.length);
    for (const e of expected) {
      const row = got.by_status_phase.find((r) => r.status === e.status && r.phase === e.phase);
      expect(row?.zones).toBe(e.zones);
      expect(row?.area_m2).toBeCloseTo(e.area, 1);
    }
    const yearly = byKey(
      await q(sql<{ year: number; done: number }>`
        SELECT y.year, sum(y.done_area_m2)::float8 AS done FROM zone_yearly y
        JOIN treatment_zones z ON z.id = y.zone_id
        WHERE z.status <> 'draft' AND ${one.county} = ANY (z.county_codes) GROUP BY y.year`),
      "year",
    );
    for (const row of got.by_year)
      expect(row.done_m2).toBeCloseTo(yearly.get(String(row.year))?.done ?? 0, 1);
  });

  it("hazard points by grade (override first) and by measure", async () => {
    const got = await hazardsSummary(t.db.kysely, ALL);
    const expected = await q(sql<{ grade: string; points: number; people: number }>`
      SELECT CASE WHEN danger_grade_override IS NOT NULL THEN danger_grade_override ELSE danger_grade END AS grade,
             count(*)::int AS points, sum(threatened_people)::int AS people
      FROM hazard_points WHERE inventory_status = 'active' GROUP BY 1`);
    expect(got.by_grade.map((r) => [r.grade, r.points, r.threatened_people]).sort()).toEqual(
      expected.map((e) => [e.grade, e.points, e.people]).sort(),
    );
    // every point once (a point with two measures counted twice made the bars ~40 % too tall)
    const [counted] = await q(sql<{ n: number; multi: number }>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE cardinality(measures) > 1)::int AS multi
      FROM hazard_points WHERE inventory_status = 'active'`);
    expect(counted?.multi).toBeGreaterThan(0);
    expect(got.by_grade_measure.reduce((s, r) => s + r.points, 0)).toBe(counted?.n);
    for (const g of got.by_grade) {
      const stacked = got.by_grade_measure
        .filter((r) => r.grade === g.grade)
        .reduce((s, r) => s + r.points, 0);
      expect(stacked, g.grade).toBe(g.points);
    }
    // the strongest measure wins: a relocated point never shows under monitoring
    const [relocated] = await q(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM hazard_points WHERE inventory_status = 'active' AND 'relocation' = ANY (measures)`);
    expect(
      got.by_grade_measure.filter((r) => r.measure === "relocation").reduce((s, r) => s + r.points, 0),
    ).toBe(relocated?.n);
  });

  it("historic pits by restoration state and corridors by status", async () => {
    const got = await restorationSummary(t.db.kysely, ALL);
    const [pits] = await q(sql<{ n: number }>`SELECT count(*)::int AS n FROM mines WHERE license_no IS NULL`);
    expect(got.pits.reduce((s, r) => s + r.pits, 0)).toBe(pits?.n);
    const [corridors] = await q(sql<{ n: number; len: number }>`
      SELECT count(*)::int AS n, sum(length_m)::float8 AS len FROM corridors`);
    expect(got.corridors.reduce((s, r) => s + r.corridors, 0)).toBe(corridors?.n);
    expect(got.corridors.reduce((s, r) => s + r.length_m, 0)).toBeCloseTo(corridors?.len ?? 0, 1);
    expect(got.data_sources.length).toBeGreaterThan(0);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
