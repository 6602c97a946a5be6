import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import type { AreaFilter } from "./area-filter.ts";

interface SwcTarget {
  year: number;
  value: number;
  is_real: boolean;
  source_document: string;
}

export interface SwcRateRow {
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  /** The current rate from the counties table, or null when the database has none. */
  rate_now: number | null;
  rate_now_year: number | null;
  data_source: string | null;
  targets: SwcTarget[];
}

/**
 * Soil-and-water-conservation rate per region holding an swc_rate target
 * (Jincheng's counties and the city), with the current rate from the
 * counties table beside the plan's targets for every year set.
 */
export async function swcRates(db: Kysely<Database>, filter: AreaFilter): Promise<SwcRateRow[]> {
  const only = filter.county === null ? sql`true` : sql`r.code = ${filter.county}`;
  const { rows } = await sql<SwcRateRow>`
    SELECT r.code::text AS code, r.name_zh, r.name_en, r.level,
           c.swc_rate_now::float8 AS rate_now, c.swc_rate_now_year AS rate_now_year, c.data_source,
           (SELECT json_agg(json_build_object('year', t.year, 'value', t.value::float8, 'is_real', t.is_real,
                                              'source_document', t.source_document) ORDER BY t.year)
              FROM plan_targets t
             WHERE t.region_code = r.code AND t.indicator = 'swc_rate' AND t.kind = 'target') AS targets
    FROM plan_regions r
    LEFT JOIN counties c ON c.code = r.code
    WHERE EXISTS (SELECT 1 FROM plan_targets t WHERE t.region_code = r.code AND t.indicator = 'swc_rate')
      AND ${only}
    ORDER BY r.level = 'city', r.code`.execute(db);
  return rows.map((r) => ({ ...r, targets: r.targets ?? [] }));
}
