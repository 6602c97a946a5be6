import { geodesicArea } from "@lianpian/geo";
import type { Polygon } from "geojson";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import type { Database } from "../schema.ts";
import { rect as rectAtOrigin } from "./analysis.fixtures.ts";
import { computeFundShares } from "./fund-shares.ts";

/*
 * Overlapping damage, 30 km east of the analysis fixtures (GK metres):
 * mines M1 (company C1) and M2 (C2) side by side; subsidence S across both,
 * 60 % M1 / 40 % M2; subsidence S2 inside M1 partly under S, 70 % M1 and the
 * rest nobody's; a historic pit P (no owner) over M2's corner.
 */
const rect = (x0: number, y0: number, x1: number, y1: number) =>
  rectAtOrigin(30_000 + x0, y0, 30_000 + x1, y1);
const SHAPES = {
  m1: rect(0, 0, 1000, 1000),
  m2: rect(1000, 0, 2000, 1000),
  s: rect(500, 200, 1500, 800),
  s2: rect(400, 600, 700, 900),
  pit: rect(1800, 800, 2200, 1200),
};
const area = (p: Polygon) => geodesicArea(p);
const near = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected)).toBeLessThan(Math.max(1e-3 * expected, 0.01));
};

let t: TestDatabase;
const ids = { c1: 0, c2: 0 };
const geo = (g: Polygon) => sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text), 4326))`;

async function one(db: Kysely<Database>, q: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await (q as ReturnType<typeof sql<{ id: number }>>).execute(db);
  return (rows[0] as { id: number }).id;
}

beforeAll(async () => {
  t = await openTestDatabase();
  const db = t.db.kysely;
  const company = (n: string) =>
    one(db, sql`INSERT INTO companies (name_zh, data_source) VALUES (${n}, 'fixture') RETURNING id`);
  ids.c1 = await company("份额一号煤业有限公司");
  ids.c2 = await company("份额二号煤业有限公司");
  const mine = (name: string, company: number | null, shape: Polygon, license: string | null) =>
    one(
      db,
      sql`INSERT INTO mines (license_no, mine_name, company_id, county_code, mineral, mining_method, status, geom,
                             data_source)
          VALUES (${license}, ${name}, ${company}, '140521', 'coal', 'underground',
                  ${license ? "producing" : "historic_abandoned"}, ${geo(shape)}, 'fixture')
          RETURNING id`,
    );
  const m1 = await mine("份额一号矿", ids.c1, SHAPES.m1, "C1499300000000000000001");
  const m2 = await mine("份额二号矿", ids.c2, SHAPES.m2, "C1499300000000000000002");
  await mine("份额废弃坑", null, SHAPES.pit, null);
  const sub = (code: string, shape: Polygon) =>
    one(
      db,
      sql`INSERT INTO subsidence_areas (code, name_zh, county_code, responsibility, severity, stability, status, geom,
                                        data_source)
          VALUES (${code}, ${code}, '140521', 'mixed', 'moderate', 'settled', 'untreated', ${geo(shape)}, 'fixture')
          RETURNING id`,
    );
  const s = await sub("FS-SUB-1", SHAPES.s);
  const s2 = await sub("FS-SUB-2", SHAPES.s2);
  await sql`INSERT INTO subsidence_responsibilities (subsidence_id, mine_id, share_pct)
    VALUES (${s}, ${m1}, 60), (${s}, ${m2}, 40), (${s2}, ${m1}, 70)`.execute(db);
});
afterAll(async () => {
  await t?.drop();
});

/** The union of the damaged ground inside an outline, measured by PostGIS independently of the rule. */
async function damagedGround(zone: Polygon): Promise<number> {
  const { rows } = await sql<{ a: number }>`
    WITH z AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(zone)}::text), 4326) AS g)
    SELECT coalesce(ST_Area(ST_Intersection(ST_Union(d.geom), (SELECT g FROM z))::geography), 0)::float8 AS a
    FROM (SELECT geom FROM mines UNION ALL SELECT geom FROM subsidence_areas) d
    WHERE ST_Intersects(d.geom, (SELECT g FROM z))`.execute(t.db.kysely);
  return rows[0]?.a ?? 0;
}

function expectWhole(shares: Awaited<ReturnType<typeof computeFundShares>>, damaged: number) {
  const attributed = shares.parties.reduce((s, p) => s + p.damage_m2, 0);
  expect(attributed).toBeLessThanOrEqual(shares.damaged_ground_m2 * (1 + 1e-9));
  near(attributed, shares.damaged_ground_m2);
  near(shares.damaged_ground_m2, damaged);
  near(shares.total_damage_m2, damaged);
  expect(shares.parties.reduce((s, p) => s + Math.round(p.share_pct * 1000), 0)).toBe(100_000);
}

describe("fund shares count damaged ground once", () => {
  it("a zone drawn exactly on one mine's outline attributes exactly that outline", async () => {
    const shares = await computeFundShares(t.db.kysely, SHAPES.m1);
    const m1 = area(SHAPES.m1);
    expectWhole(shares, await damagedGround(SHAPES.m1));
    near(shares.total_damage_m2, m1);
    // S inside M1: 500 × 600 m; S2 less what S already holds: 300 × 300 − 200 × 200
    const sInside = area(rect(500, 200, 1000, 800));
    const s2Own = area(SHAPES.s2) - area(rect(500, 600, 700, 800));
    const by = new Map(shares.parties.map((p) => [p.company_id, p]));
    near(by.get(ids.c1)?.subsidence_m2, 0.6 * sInside + 0.7 * s2Own);
    near(by.get(ids.c1)?.mine_footprint_m2, m1 - sInside - s2Own);
    near(by.get(ids.c2)?.damage_m2, 0.4 * sInside);
    near(by.get(null)?.damage_m2, 0.3 * s2Own);
    near(by.get(ids.c2)?.share_pct, ((0.4 * sInside) / m1) * 100);
  });

  it("a subsidence area shared by two mines goes by their shares, the pit's own ground to the government", async () => {
    const zone = rect(-100, -100, 2300, 1300);
    const shares = await computeFundShares(t.db.kysely, zone);
    const damaged = area(SHAPES.m1) + area(SHAPES.m2) + area(SHAPES.pit) - area(rect(1800, 800, 2000, 1000));
    near(await damagedGround(zone), damaged);
    expectWhole(shares, damaged);
    const by = new Map(shares.parties.map((p) => [p.company_id, p]));
    const sArea = area(SHAPES.s);
    const s2Own = area(SHAPES.s2) - area(rect(500, 600, 700, 800));
    near(by.get(ids.c2)?.subsidence_m2, 0.4 * sArea);
    near(by.get(ids.c2)?.mine_footprint_m2, area(SHAPES.m2) - area(rect(1000, 200, 1500, 800)));
    near(by.get(null)?.damage_m2, 0.3 * s2Own + area(SHAPES.pit) - area(rect(1800, 800, 2000, 1000)));
    expect(shares.parties.map((p) => p.company_id)).toEqual([ids.c1, ids.c2, null]);
  });

  it("a zone cutting through the overlaps still never exceeds the damaged ground", async () => {
    const zone = rect(600, 500, 1900, 1100);
    const shares = await computeFundShares(t.db.kysely, zone);
    expectWhole(shares, await damagedGround(zone));
  });
});
