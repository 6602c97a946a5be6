import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Soil-and-water-conservation rate per county by year (swc_rate_records,
 * else the counties table's current rate) beside the plan's 2025 and 2035
 * targets for that county (plan_targets, Jincheng plan).
 */
export async function swcRatesByCounty(db: Executor) {
  const { rows } = await sql<{
    county_code: string;
    name_zh: string;
    records: { year: number; rate_pct: number }[];
    target_2025: number | null;
    target_2035: number | null;
    source_document: string | null;
  }>`
    SELECT c.code::text AS county_code, c.name_zh,
           coalesce((SELECT json_agg(json_build_object('year', r.year, 'rate_pct', r.rate_pct::float8) ORDER BY r.year)
                     FROM swc_rate_records r WHERE r.county_code = c.code),
                    CASE WHEN c.swc_rate_now IS NULL THEN '[]'::json
                         ELSE json_build_array(json_build_object('year', c.swc_rate_now_year,
                                                                 'rate_pct', c.swc_rate_now::float8)) END) AS records,
           (SELECT t.value::float8 FROM plan_targets t WHERE t.region_code = c.code AND t.indicator = 'swc_rate'
              AND t.kind = 'target' AND t.year = 2025 LIMIT 1) AS target_2025,
           (SELECT t.value::float8 FROM plan_targets t WHERE t.region_code = c.code AND t.indicator = 'swc_rate'
              AND t.kind = 'target' AND t.year = 2035 LIMIT 1) AS target_2035,
           (SELECT t.source_document FROM plan_targets t WHERE t.region_code = c.code AND t.indicator = 'swc_rate'
              LIMIT 1) AS source_document
    FROM counties c WHERE c.level = 'county' AND c.code::text LIKE '1405%'
    ORDER BY c.code`.execute(db);
  return rows;
}

/**
 * Green-mine rate per county: producing mines (the plans' denominator) on a
 * national or provincial list by `year`, beside Jincheng's 2025 goal
 * (plan_targets green_mine_rate of the city, 36 %).
 */
export async function greenMineRatesByCounty(db: Executor, year: number) {
  const { rows } = await sql<{
    county_code: string;
    producing: number;
    green: number;
    rate_pct: number | null;
  }>`
    SELECT m.county_code::text AS county_code, count(*)::int AS producing,
           (count(*) FILTER (WHERE m.green_mine_level IN ('national', 'provincial')
                             AND (m.green_mine_year IS NULL OR m.green_mine_year <= ${year}::int)))::int AS green,
           round(100.0 * count(*) FILTER (WHERE m.green_mine_level IN ('national', 'provincial')
                             AND (m.green_mine_year IS NULL OR m.green_mine_year <= ${year}::int)) / count(*), 1)::float8
             AS rate_pct
    FROM mines m WHERE m.status = 'producing' AND m.county_code::text LIKE '1405%'
    GROUP BY m.county_code ORDER BY m.county_code`.execute(db);
  const goal = await sql<{ value: number; source_document: string }>`
    SELECT value::float8 AS value, source_document FROM plan_targets
    WHERE region_code = '140500' AND indicator = 'green_mine_rate' AND kind = 'target' AND year = 2025 LIMIT 1`.execute(
    db,
  );
  return { year, counties: rows, goal_2025: goal.rows[0] ?? null };
}
