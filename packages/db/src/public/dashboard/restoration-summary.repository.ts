import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { type AreaFilter, byCountyCode, byCountyCodes } from "./area-filter.ts";

export interface RestorationSummary {
  /** Historic abandoned open pits by restoration state. */
  pits: { state: string; pits: number; area_m2: number }[];
  /** Ecological corridors by status. */
  corridors: { status: string; corridors: number; length_m: number }[];
  data_sources: string[];
}

/** Historic pits by restoration state and corridors by status: the map's other two public layers. */
export async function restorationSummary(
  db: Kysely<Database>,
  filter: AreaFilter,
): Promise<RestorationSummary> {
  const pitsWhere = sql`m.status = 'historic_abandoned' AND ${byCountyCode(filter, sql`m.county_code`)}`;
  const corridorsWhere = byCountyCodes(filter, sql`c.county_codes`);
  const pits = await sql<RestorationSummary["pits"][number]>`
    SELECT m.restoration_state AS state, count(*)::int AS pits,
           coalesce(sum(ST_Area(m.geom::geography)), 0)::float8 AS area_m2
    FROM mines m WHERE ${pitsWhere}
    GROUP BY 1 ORDER BY 1`.execute(db);
  const corridors = await sql<RestorationSummary["corridors"][number]>`
    SELECT c.status, count(*)::int AS corridors, coalesce(sum(c.length_m), 0)::float8 AS length_m
    FROM corridors c WHERE ${corridorsWhere}
    GROUP BY 1 ORDER BY 1`.execute(db);
  const sources = await sql<{ sources: string[] }>`
    SELECT coalesce(array_agg(DISTINCT s), '{}') AS sources FROM (
      SELECT m.data_source AS s FROM mines m WHERE ${pitsWhere}
      UNION SELECT c.data_source FROM corridors c WHERE ${corridorsWhere}
    ) x`.execute(db);
  return { pits: pits.rows, corridors: corridors.rows, data_sources: sources.rows[0]?.sources ?? [] };
}
