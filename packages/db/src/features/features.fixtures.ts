import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

// Test rows for the features API, one or more in every published table,
// around 112.90–112.96°E, 35.50–35.56°N (Zezhou). They carry the private
// fields (monitor phones, fund balances) a reply must never show. Codes start
// with 9999 / FX- so they never collide with the demo data.

/** Where the fixtures lie; tests draw their bboxes around it. */
export const FIXTURE_AREA = [112.9, 35.5, 112.96, 35.56] as const;

/** Private values planted in the fixtures, to look for in replies. */
export const PRIVATE_MARKERS = ["13900000001", "张监测", "李负责", "13900000002"] as const;

export interface FeatureFixtures {
  countyCode: string;
  mineIds: number[];
  subsidenceId: number;
  hazardIds: number[];
  overriddenHazardId: number;
}

const square = (x: number, y: number, d: number) =>
  `MULTIPOLYGON(((${x} ${y},${x + d} ${y},${x + d} ${y + d},${x} ${y + d},${x} ${y})))`;

/** Inserts the fixture rows (in the caller's own database copy). */
export async function insertFeatureFixtures(db: Kysely<Database>): Promise<FeatureFixtures> {
  const countyCode = "140525";
  await sql`INSERT INTO counties (code, name_zh, name_en, parent_code, level, swc_target_2025, geom, data_source)
    VALUES (${countyCode}, '泽州县', 'Zezhou', '140500', 'county', 64.83,
            ST_GeomFromText(${square(112.5, 35.2, 0.8)}, 4326), 'fixture')
    ON CONFLICT (code) DO NOTHING`.execute(db);
  const company = await one<{ id: number }>(
    db,
    sql`INSERT INTO companies (name_zh, data_source) VALUES ('连片测试煤业有限公司', 'fixture') RETURNING id`,
  );
  const mineIds: number[] = [];
  for (const [i, licensed] of [true, false].entries()) {
    const row = await one<{ id: number }>(
      db,
      sql`INSERT INTO mines (license_no, mine_name, company_id, county_code, mineral, mining_method,
                             production_scale, status, geom, data_source)
          VALUES (${licensed ? "C9999000000000000000001" : null}, ${`测试矿${i + 1}`},
                  ${licensed ? company.id : null}, ${countyCode}, 'coal', 'underground', ${licensed ? 90 : null},
                  ${licensed ? "producing" : "historic_abandoned"},
                  ST_GeomFromText(${square(112.9 + i * 0.03, 35.5, 0.02)}, 4326), 'fixture')
          RETURNING id`,
    );
    mineIds.push(row.id);
  }
  const [mineA = 0, mineB = 0] = mineIds;
  await sql`INSERT INTO mine_funds (mine_id, year, accrued_wan, used_wan, balance_wan)
    VALUES (${mineA}, 2024, 5000, 678.5, 4321.5)`.execute(db);
  const subsidence = await one<{ id: number }>(
    db,
    sql`INSERT INTO subsidence_areas (code, name_zh, county_code, townships, responsibility, severity, stability,
                                      treatment_modes, status, geom, data_source)
        VALUES ('FX-SUB-001', '测试沉陷区', ${countyCode}, '{巴公镇}', 'mixed', 'moderate', 'settled',
                '{reclamation}', 'planned', ST_GeomFromText(${square(112.91, 35.51, 0.03)}, 4326), 'fixture')
        RETURNING id`,
  );
  await sql`INSERT INTO subsidence_responsibilities (subsidence_id, mine_id, share_pct)
    VALUES (${subsidence.id}, ${mineA}, 60), (${subsidence.id}, ${mineB}, 40)`.execute(db);
  const hazardIds: number[] = [];
  for (let i = 0; i < 5; i++) {
    const row = await one<{ id: number }>(
      db,
      sql`INSERT INTO hazard_points (unified_code, name_zh, hazard_type, county_code, threatened_people,
                                     danger_grade, danger_grade_override, mine_id, monitor_name, monitor_phone,
                                     responsible_name, responsible_phone, geom, data_source)
          VALUES (${`99990000000${i + 1}`}, ${`测试隐患点${i + 1}`}, 'ground_fissure', ${countyCode}, ${20 * (i + 1)},
                  'small', ${i === 0 ? "large" : null}, ${mineA}, '张监测', '13900000001', '李负责', '13900000002',
                  ST_SetSRID(ST_MakePoint(${112.9 + i * 0.012}, ${35.5 + i * 0.012}), 4326), 'fixture')
          RETURNING id`,
    );
    hazardIds.push(row.id);
  }
  await sql`INSERT INTO rivers (name_zh, name_en, river_class, geom, data_source)
    VALUES ('测试河', 'Fixture River', 'stream',
            ST_GeomFromText('MULTILINESTRING((112.9 35.5,112.96 35.56))', 4326), 'fixture')`.execute(db);
  await sql`INSERT INTO transport_lines (name_zh, name_en, kind, geom, data_source)
    VALUES ('测试高速', 'Fixture Expressway', 'expressway',
            ST_GeomFromText('MULTILINESTRING((112.9 35.56,112.96 35.5))', 4326), 'fixture')`.execute(db);
  await sql`INSERT INTO villages (name_zh, county_code, population, households, geom, data_source)
    VALUES ('测试村', ${countyCode}, 812, 260, ST_SetSRID(ST_MakePoint(112.93, 35.53), 4326), 'fixture')`.execute(
    db,
  );
  await sql`INSERT INTO protected_areas (name_zh, kind, protection_level, geom, data_source)
    VALUES ('测试水源地', 'water_source', 'county', ST_GeomFromText(${square(112.94, 35.54, 0.01)}, 4326), 'fixture')`.execute(
    db,
  );
  await sql`INSERT INTO corridors (code, name_zh, corridor_type, anchor, width_left_m, width_right_m, status,
                                   centerline, data_source)
    VALUES ('FX-COR-001', '测试廊道', 'river', '测试河', 100, 100, 'planned',
            ST_GeomFromText('MULTILINESTRING((112.9 35.52,112.96 35.52))', 4326), 'fixture')`.execute(db);
  // a planned zone, and a draft on the same ground that no public reply may show
  await sql`INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, restoration_m2, geom, data_source)
    VALUES ('FX-ZONE-001', '测试片区', 'subsidence', 'near', 'planned', '{"forest": 1200.5}',
            ST_GeomFromText(${square(112.9, 35.5, 0.05)}, 4326), 'fixture'),
           ('FX-ZONE-002', '测试草案片区', 'subsidence', 'near', 'draft', '{}',
            ST_GeomFromText(${square(112.9, 35.5, 0.05)}, 4326), 'fixture')`.execute(db);
  const overriddenHazardId = hazardIds[0] ?? 0;
  return { countyCode, mineIds, subsidenceId: subsidence.id, hazardIds, overriddenHazardId };
}

async function one<T>(db: Kysely<Database>, query: ReturnType<typeof sql<T>>): Promise<T> {
  const { rows } = await query.execute(db);
  const row = rows[0];
  if (!row) throw new Error("fixture insert returned no row");
  return row;
}
