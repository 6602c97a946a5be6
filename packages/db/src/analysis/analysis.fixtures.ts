import { fromProjected } from "@lianpian/geo";
import type { LineString, MultiPolygon, Point, Polygon } from "geojson";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../schema.ts";

/*
 * Constructed fixtures for the zone report, fund shares and proposals:
 * rectangles of known size in the Gauss-Kruger zone EPSG:4546 (CM 111°E),
 * placed about 20 km east of the central meridian near 111.22°E 34.83°N,
 * some 75 km from the demo data, so tests see only these rows there.
 * Coordinates are metres from ORIGIN; codes start with 1499 / FZ-.
 */
export const ORIGIN = { easting: 520_000, northing: 3_855_000 } as const;

/** A GK point (metres from ORIGIN) as [lng, lat]. */
export function gk(x: number, y: number): [number, number] {
  return fromProjected([ORIGIN.easting + x, ORIGIN.northing + y], 4546);
}

/** A GK rectangle [x0, x1] × [y0, y1] as a GeoJSON Polygon. */
export function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  return { type: "Polygon", coordinates: [[gk(x0, y0), gk(x1, y0), gk(x1, y1), gk(x0, y1), gk(x0, y0)]] };
}

export function line(...points: [number, number][]): LineString {
  return { type: "LineString", coordinates: points.map(([x, y]) => gk(x, y)) };
}

export function point(x: number, y: number): Point {
  return { type: "Point", coordinates: gk(x, y) };
}

const multi = (p: Polygon): MultiPolygon => ({ type: "MultiPolygon", coordinates: [p.coordinates] });

/** The fixtures' shapes, in GK metres from ORIGIN. */
export const SHAPES = {
  zone: rect(0, 0, 2000, 2000),
  countyWest: rect(-5000, -5000, 5000, 5000),
  countyEast: rect(5000, -5000, 15000, 5000),
  mineA: rect(-500, 0, 500, 1000),
  mineB: rect(1000, 1000, 1500, 1500),
  pit: rect(1800, 1800, 2200, 2200),
  subsidenceShared: rect(0, 1500, 1000, 2500),
  subsidenceGovernment: rect(1200, 200, 1800, 600),
  protected: rect(1500, -500, 2500, 300),
  otherZone: rect(1900, 0, 3000, 2000),
  river: line([-1000, 1000], [3000, 1000]),
  road: line([1000, -1000], [1000, 3000]),
  hsr: line([-4000, 3000], [6000, 3000]),
  expressway: line([-700, -4000], [-700, 6000]),
} as const;

export interface AnalysisFixtures {
  companyA: number;
  companyB: number;
  mineA: number;
  mineB: number;
  pit: number;
  subsidenceShared: number;
  subsidenceGovernment: number;
  hazards: { collapseMedium: number; landslideLarge: number; overriddenLarge: number; outside: number };
  protectedArea: number;
  otherZone: number;
}

const geo = (g: unknown): RawBuilder<unknown> =>
  sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text), 4326)`;

async function id(db: Kysely<Database>, query: RawBuilder<unknown>): Promise<number> {
  const { rows } = await (query as RawBuilder<{ id: number }>).execute(db);
  const row = rows[0];
  if (!row) throw new Error("fixture insert returned no id");
  return row.id;
}

/** Inserts the fixtures into the caller's own database copy. */
export async function insertAnalysisFixtures(db: Kysely<Database>): Promise<AnalysisFixtures> {
  for (const [code, name, shape] of [
    ["149901", "测试西县", SHAPES.countyWest],
    ["149902", "测试东县", SHAPES.countyEast],
  ] as const) {
    await sql`INSERT INTO counties (code, name_zh, name_en, level, geom, data_source)
      VALUES (${code}, ${name}, ${name}, 'county', ST_Multi(${geo(shape)}), 'fixture')`.execute(db);
  }
  const company = (name: string) =>
    id(db, sql`INSERT INTO companies (name_zh, data_source) VALUES (${name}, 'fixture') RETURNING id`);
  const companyA = await company("甲测试煤业有限公司");
  const companyB = await company("乙测试矿业有限公司");
  const mine = (
    name: string,
    companyId: number | null,
    status: string,
    shape: Polygon,
    license: string | null,
  ) =>
    id(
      db,
      sql`INSERT INTO mines (license_no, mine_name, company_id, county_code, mineral, mining_method, status, geom,
                             data_source, disposition)
          VALUES (${license}, ${name}, ${companyId}, '149901', 'coal', 'underground', ${status},
                  ${geo(multi(shape))}, 'fixture', ${status === "closed" ? "close_and_ban" : null})
          RETURNING id`,
    );
  const mineA = await mine("甲测试矿", companyA, "producing", SHAPES.mineA, "C1499000000000000000001");
  const mineB = await mine("乙测试矿", companyB, "closed", SHAPES.mineB, "C1499000000000000000002");
  const pit = await mine("测试废弃矿坑", null, "historic_abandoned", SHAPES.pit, null);
  const subsidence = (code: string, status: string, shape: Polygon, people: number) =>
    id(
      db,
      sql`INSERT INTO subsidence_areas (code, name_zh, county_code, responsibility, severity, stability, status,
                                        people_affected, geom, data_source)
          VALUES (${code}, ${code}, '149901', 'mixed', 'moderate', 'settled', ${status}, ${people},
                  ${geo(multi(shape))}, 'fixture')
          RETURNING id`,
    );
  const subsidenceShared = await subsidence("FZ-SUB-1", "untreated", SHAPES.subsidenceShared, 300);
  const subsidenceGovernment = await subsidence("FZ-SUB-2", "planned", SHAPES.subsidenceGovernment, 40);
  await sql`INSERT INTO subsidence_responsibilities (subsidence_id, mine_id, share_pct)
    VALUES (${subsidenceShared}, ${mineA}, 60), (${subsidenceShared}, ${mineB}, 40)`.execute(db);
  let n = 0;
  const hazard = (
    type: string,
    grade: string,
    override: string | null,
    people: number,
    at: Point,
    off = false,
  ) =>
    id(
      db,
      sql`INSERT INTO hazard_points (unified_code, name_zh, hazard_type, county_code, threatened_people,
                                     threatened_households, danger_grade, danger_grade_override, inventory_status,
                                     written_off_at, geom, data_source)
          VALUES (${`14990000000${++n}`}, ${`测试隐患${n}`}, ${type}, '149901', ${people}, ${Math.round(people / 4)},
                  ${grade}, ${override}, ${off ? "written_off" : "active"}, ${off ? "2025-01-01" : null},
                  ${geo(at)}, 'fixture')
          RETURNING id`,
    );
  const hazards = {
    collapseMedium: await hazard("collapse", "medium", null, 120, point(300, 300)),
    landslideLarge: await hazard("landslide", "large", null, 600, point(1700, 700)),
    overriddenLarge: await hazard("landslide", "small", "large", 12, point(1750, 720)),
    outside: await hazard("collapse", "huge", null, 2000, point(2500, 500)),
  };
  await hazard("ground_fissure", "huge", null, 5000, point(900, 900), true);
  for (const [name, pop, at] of [
    ["测试村", 800, point(500, 1500)],
    ["远处村", 999, point(3000, 3000)],
  ] as const) {
    await sql`INSERT INTO villages (name_zh, county_code, population, households, geom, data_source)
      VALUES (${name}, '149901', ${pop}, ${Math.round(pop / 3)}, ${geo(at)}, 'fixture')`.execute(db);
  }
  for (const [code, type, centerline] of [
    ["FZ-COR-1", "river", SHAPES.river],
    ["FZ-COR-2", "road", SHAPES.road],
  ] as const) {
    await sql`INSERT INTO corridors (code, name_zh, corridor_type, anchor, width_left_m, width_right_m, status,
                                     centerline, data_source)
      VALUES (${code}, ${code}, ${type}, 'fixture', 50, 50, 'planned', ST_Multi(${geo(centerline)}), 'fixture')`.execute(
      db,
    );
  }
  for (const [name, kind, shape] of [
    ["测试高铁", "high_speed_rail", SHAPES.hsr],
    ["测试高速", "expressway", SHAPES.expressway],
  ] as const) {
    await sql`INSERT INTO transport_lines (name_zh, name_en, kind, geom, data_source)
      VALUES (${name}, ${name}, ${kind}, ST_Multi(${geo(shape)}), 'fixture')`.execute(db);
  }
  const protectedArea = await id(
    db,
    sql`INSERT INTO protected_areas (name_zh, kind, protection_level, geom, data_source)
        VALUES ('测试生态红线', 'ecological_red_line', 'provincial', ${geo(multi(SHAPES.protected))}, 'fixture')
        RETURNING id`,
  );
  const otherZone = await id(
    db,
    sql`INSERT INTO treatment_zones (code, name_zh, zone_type, phase, geom, data_source)
        VALUES ('FZ-ZONE-OTHER', '相邻测试片区', 'contiguous_mine', 'middle', ${geo(multi(SHAPES.otherZone))}, 'fixture')
        RETURNING id`,
  );
  return {
    companyA,
    companyB,
    mineA,
    mineB,
    pit,
    subsidenceShared,
    subsidenceGovernment,
    hazards,
    protectedArea,
    otherZone,
  };
}
