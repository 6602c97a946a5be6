import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** Test-only rows for every tile layer, near Jincheng, with codes the demo data does not use. */

type Ring = [number, number][];

/** Small seeded generator (mulberry32) so fixtures are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A star-shaped (hence valid) ring of n vertices with a wavy, slightly noisy radius; counter-clockwise, closed. */
export function jaggedRing(cx: number, cy: number, radius: number, n: number, seed: number): Ring {
  const rnd = random(seed);
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = radius * (0.85 + 0.08 * Math.sin(7 * a + seed) + 0.05 * Math.sin(23 * a) + 0.02 * rnd());
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a) * 0.8]);
  }
  ring.push(ring[0] as [number, number]);
  return ring;
}

/** A meandering line of n vertices from a to b. */
export function meander(a: [number, number], b: [number, number], n: number, seed: number): Ring {
  const rnd = random(seed);
  const line: Ring = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const wiggle = Math.sin(t * 40) * 0.01 + (rnd() - 0.5) * 0.002;
    line.push([a[0] + (b[0] - a[0]) * t + wiggle, a[1] + (b[1] - a[1]) * t - wiggle]);
  }
  return line;
}

const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const coords = (ring: Ring) => ring.map(([x, y]) => `${x} ${y}`).join(",");
const polygon = (...rings: Ring[]) => `(${rings.map((r) => `(${coords(r)})`).join(",")})`;
const multiPolygon = (...polys: Ring[][]) =>
  sql`ST_GeomFromText(${`MULTIPOLYGON(${polys.map((p) => polygon(...p)).join(",")})`}, 4326)`;
const multiLine = (...lines: Ring[]) =>
  sql`ST_GeomFromText(${`MULTILINESTRING(${lines.map((l) => `(${coords(l)})`).join(",")})`}, 4326)`;
const point = ([x, y]: [number, number]) => sql`ST_SetSRID(ST_MakePoint(${x}, ${y}), 4326)`;

export const FIXTURE_COUNTY = "149901";
/** Main part of the historic pit, [west, south, east, north]: inside z13 tile 6663/3231. */
export const PIT_BOX = [112.815, 35.47, 112.835, 35.478] as const;
const PIT_RECT = rect(...PIT_BOX);
/** A village exactly on the boundary between tiles 12/3331/1615 and 12/3332/1615 (x = 112.8515625). */
export const EDGE_VILLAGE: [number, number] = [112.8515625, 35.5];

/** Inserts the fixture rows; returns nothing, tests read them back by the layers' own SQL. */
export async function insertTileFixtures(db: Kysely<Database>): Promise<void> {
  const src = "test fixture";
  const county = multiPolygon(
    [jaggedRing(112.6, 35.6, 0.25, 1500, 1), jaggedRing(112.6, 35.6, 0.05, 60, 2).reverse()],
    [jaggedRing(113.0, 35.25, 0.03, 80, 3)],
  );
  await sql`INSERT INTO counties (code, name_zh, name_en, parent_code, level, geom, data_source)
    VALUES (${FIXTURE_COUNTY}, '测试县', 'Testshire', '140500', 'county', ${county}, ${src})`.execute(db);
  await sql`INSERT INTO rivers (name_zh, name_en, river_class, geom, data_source)
    VALUES ('测试河', 'Test River', 'main', ${multiLine(meander([112.3, 35.3], [113.2, 35.9], 3000, 4))}, ${src}),
           ('测试沟', 'Test Brook', 'stream', ${multiLine(meander([112.7, 35.45], [112.75, 35.46], 40, 5), meander([112.76, 35.46], [112.8, 35.5], 30, 6))}, ${src})`.execute(
    db,
  );
  await sql`INSERT INTO transport_lines (name_zh, name_en, ref, kind, geom, data_source)
    VALUES ('测试高速', 'Test Expressway', 'G99', 'expressway', ${multiLine(meander([112.2, 35.7], [113.4, 35.4], 80, 7))}, ${src}),
           ('测试省道', 'Test Road', NULL, 'provincial_road', ${multiLine(meander([112.84, 35.49], [112.86, 35.51], 12, 8))}, ${src})`.execute(
    db,
  );
  for (const [i, p] of [EDGE_VILLAGE, [112.6, 35.6], [112.9011, 35.4502]].entries()) {
    await sql`INSERT INTO villages (name_zh, county_code, population, households, geom, data_source)
      VALUES (${`测试村${i}`}, ${FIXTURE_COUNTY}, ${100 + i}, ${30 + i}, ${point(p as [number, number])}, ${src})`.execute(
      db,
    );
  }
  await sql`INSERT INTO protected_areas (name_zh, kind, protection_level, geom, data_source)
    VALUES ('测试保护区', 'nature_reserve', 'provincial', ${multiPolygon([jaggedRing(112.95, 35.6, 0.08, 400, 9), jaggedRing(112.95, 35.6, 0.02, 40, 10).reverse()])}, ${src})`.execute(
    db,
  );
  const company = await sql<{ id: number }>`INSERT INTO companies (name_zh, data_source)
    VALUES ('测试煤业有限公司', ${src}) RETURNING id`.execute(db);
  const companyId = company.rows[0]?.id;
  await sql`INSERT INTO mines (license_no, mine_name, company_id, county_code, mineral, mining_method, scale_class, status, disposition, geom, data_source)
    VALUES ('C1405002009011120000001', '测试一矿', ${companyId}, ${FIXTURE_COUNTY}, 'coal', 'underground', 'large', 'producing', 'retain',
            ${multiPolygon([jaggedRing(112.85, 35.5, 0.03, 200, 11)])}, ${src}),
           (NULL, '测试废弃采坑', NULL, ${FIXTURE_COUNTY}, 'construction_stone', 'open_pit', NULL, 'historic_abandoned', NULL,
            ${multiPolygon([PIT_RECT], [rect(112.87, 35.47, 112.872, 35.4712)])}, ${src})`.execute(db);
  await sql`INSERT INTO subsidence_areas (code, name_zh, county_code, responsibility, severity, stability, plan_year, treated_year, status, geom, data_source)
    VALUES ('TST-SUB-1', '测试塌陷区', ${FIXTURE_COUNTY}, 'enterprise', 'severe', 'unsettled', 2026, NULL, 'planned',
            ${multiPolygon([jaggedRing(112.82, 35.52, 0.02, 120, 12)])}, ${src})`.execute(db);
  await sql`INSERT INTO hazard_points (unified_code, name_zh, hazard_type, county_code, threatened_people, danger_grade, danger_grade_override, current_alert, geom, data_source, monitor_name, monitor_phone)
    VALUES ('149901000001', '测试滑坡', 'landslide', ${FIXTURE_COUNTY}, 42, 'small', 'large', 'yellow', ${point([112.84, 35.51])}, ${src}, '张三', '13800000000'),
           ('149901000002', '测试地裂缝', 'ground_fissure', ${FIXTURE_COUNTY}, 0, 'medium', NULL, 'none', ${point(EDGE_VILLAGE)}, ${src}, NULL, NULL)`.execute(
    db,
  );
  await sql`INSERT INTO corridors (code, name_zh, corridor_type, anchor, width_left_m, width_right_m, status, centerline, data_source)
    VALUES ('TST-COR-1', '测试廊道', 'river', '测试河', 300, 300, 'planned', ${multiLine(meander([112.5, 35.35], [113.0, 35.65], 400, 13))}, ${src})`.execute(
    db,
  );
  await sql`INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
    VALUES ('TST-ZONE-1', '测试治理片区', 'contiguous_mine', 'near', 'planned',
            ${multiPolygon([jaggedRing(112.86, 35.49, 0.05, 300, 14), jaggedRing(112.86, 35.49, 0.01, 30, 15).reverse()])}, ${src})`.execute(
    db,
  );
}
