import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import type { Database } from "../schema.ts";

/** The demo database the test setup built with prepareDatabase: what the import left there. */
let t: TestDatabase;
let db: Kysely<Database>;
beforeAll(async () => {
  t = await openTestDatabase();
  db = t.db.kysely;
});
afterAll(async () => t?.drop());

const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0] as T;

const GEOMETRY_COLUMNS: [string, string][] = [
  ["counties", "geom"],
  ["rivers", "geom"],
  ["transport_lines", "geom"],
  ["villages", "geom"],
  ["protected_areas", "geom"],
  ["infrastructure", "geom"],
  ["mines", "geom"],
  ["subsidence_areas", "geom"],
  ["hazard_points", "geom"],
  ["hazard_points", "shelter"],
  ["hazard_points", "evacuation_route"],
  ["hazard_points", "extent"],
  ["corridors", "centerline"],
  ["corridors", "zone_geom"],
  ["treatment_zones", "geom"],
];

describe("the demo database", () => {
  it("holds the expected rows", async () => {
    const c = await one(sql<Record<string, number>>`
      SELECT (SELECT count(*) FROM counties WHERE level = 'county')::int AS counties,
             (SELECT count(*) FROM counties WHERE level = 'city')::int AS cities,
             (SELECT count(*) FROM companies)::int AS companies,
             (SELECT count(*) FROM mines)::int AS mines,
             (SELECT count(*) FROM mines WHERE status = 'historic_abandoned' AND license_no IS NULL AND company_id IS NULL)::int AS pits,
             (SELECT count(*) FROM subsidence_areas)::int AS subsidence,
             (SELECT count(*) FROM hazard_points)::int AS hazards,
             (SELECT count(*) FROM hazard_points WHERE hazard_type = 'ground_collapse')::int AS collapses,
             (SELECT sum(threatened_people) FROM hazard_points)::int AS people,
             (SELECT count(*) FROM corridors)::int AS corridors,
             (SELECT count(*) FROM treatment_zones)::int AS zones`);
    expect(c).toMatchObject({
      counties: 6,
      cities: 1,
      companies: 60,
      hazards: 322,
      collapses: 99,
      people: 19_791,
      zones: 6,
    });
    expect(c.mines).toBeGreaterThanOrEqual(280);
    expect(c.pits).toBeGreaterThanOrEqual(35);
    expect(c.subsidence).toBeGreaterThanOrEqual(60);
    expect(c.corridors).toBeGreaterThanOrEqual(10);
  });

  it("has only valid geometries, all within the city outline", async () => {
    for (const [table, column] of GEOMETRY_COLUMNS) {
      const r = await one(sql<{ invalid: number; outside: number }>`
        SELECT count(*) FILTER (WHERE NOT ST_IsValid(${sql.ref(column)}))::int AS invalid,
               count(*) FILTER (WHERE NOT ST_CoveredBy(${sql.ref(column)}, (SELECT geom FROM counties WHERE code = '140500')))::int AS outside
        FROM ${sql.table(table)} WHERE ${sql.ref(column)} IS NOT NULL`);
      // A corridor's buffered zone may reach past the city line; its centerline may not.
      expect({ table, column, ...r, outside: column === "zone_geom" ? 0 : r.outside }).toEqual({
        table,
        column,
        invalid: 0,
        outside: 0,
      });
    }
  });

  it("tiles the city with counties that do not overlap", async () => {
    const r = await one(sql<{ overlap_km2: number; city_km2: number; union_km2: number }>`
      SELECT (SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom)::geography)), 0) / 1e6
                FROM counties a JOIN counties b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)
                WHERE a.level = 'county' AND b.level = 'county') AS overlap_km2,
             (SELECT ST_Area(geom::geography) / 1e6 FROM counties WHERE code = '140500') AS city_km2,
             (SELECT ST_Area(ST_Union(geom)::geography) / 1e6 FROM counties WHERE level = 'county') AS union_km2`);
    expect(r.overlap_km2).toBeLessThan(0.001);
    expect(Math.abs(r.union_km2 - r.city_km2)).toBeLessThan(0.01);
  });

  it("keeps licensed mines apart and their boundaries on their GK corner lists", async () => {
    const r = await one(sql<{ overlaps: number; far: number; corners: number }>`
      SELECT (SELECT count(*) FROM mines a JOIN mines b ON a.id < b.id AND ST_Intersects(a.geom, b.geom))::int AS overlaps,
             (SELECT count(*) FROM mine_corners c JOIN mines m ON m.id = c.mine_id
               WHERE ST_Distance(ST_Transform(ST_SetSRID(ST_MakePoint(c.y_easting, c.x_northing), c.source_srid), 4326)::geography,
                                 ST_Boundary(m.geom)::geography) > 0.01)::int AS far,
             (SELECT count(DISTINCT mine_id) FROM mine_corners)::int AS corners`);
    expect(r).toMatchObject({ overlaps: 0, far: 0 });
    expect(r.corners).toBeGreaterThan(200);
  });

  it("links ground collapses to coal mines and points start at version 1", async () => {
    const r = await one(sql<{ unlinked: number; not_coal: number; versions: number[] }>`
      SELECT count(*) FILTER (WHERE h.mine_id IS NULL AND h.subsidence_id IS NULL)::int AS unlinked,
             count(*) FILTER (WHERE m.id IS NOT NULL AND m.mineral <> 'coal')::int AS not_coal,
             array_agg(DISTINCT h.version) AS versions
      FROM hazard_points h LEFT JOIN mines m ON m.id = h.mine_id WHERE h.hazard_type = 'ground_collapse'`);
    expect(r).toEqual({ unlinked: 0, not_coal: 0, versions: [1] });
  });

  it("says on every row that the data are synthetic", async () => {
    const r = await one(sql<{ real: number }>`
      SELECT (SELECT count(*) FROM mines WHERE data_source NOT LIKE '%synthetic demo data%')
           + (SELECT count(*) FROM hazard_points WHERE data_source NOT LIKE '%synthetic demo data%')
           + (SELECT count(*) FROM counties WHERE data_source NOT LIKE '%synthetic demo data%')
           + (SELECT count(*) FROM treatment_zones WHERE data_source NOT LIKE '%synthetic demo data%') AS real`);
    expect(Number(r.real)).toBe(0);
  });
});
